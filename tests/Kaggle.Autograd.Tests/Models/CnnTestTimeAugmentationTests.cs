using Kaggle.Autograd.Data;
using Kaggle.Autograd.Models;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Tests.Models;

/// <summary><see cref="CnnClassifier.TestTime"/>: the model averages its probabilities over fixed distortions.</summary>
public sealed class CnnTestTimeAugmentationTests
{
    private static readonly CnnClassifier s_cnn = new()
    {
        Height = 6, Width = 6, Filters = [4], ConvsPerBlock = 1, Dense = [8], Dropout = 0,
        Training = new TrainingSettings { Epochs = 3, BatchSize = 16, LearningRate = 0.01 },
    };

    /// <summary>Two classes of 6×6 images: a bright bar in the top half or in the bottom half, with a little texture.</summary>
    private static (Matrix X, double[] Y) Bars(int rows)
    {
        var x = new Matrix(rows, 36);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            y[i] = i % 2;
            var bar = i % 2 == 0 ? 1 + (i % 3) : 3 + (i % 2);
            for (var c = 0; c < 6; c++) x[i, (bar * 6) + c] = 200 + (10 * Math.Sin(i + c));
        }
        return (x, y);
    }

    [Fact]
    public void PredictProbabilities_WithTestTime_AveragesTheViewsSoftmax()
    {
        var (x, y) = Bars(40);
        var plain = s_cnn.Fit(x, y);
        var tta = plain.WithTestTime(new TestTimeAugmentation(Shift: 1));

        var averaged = tta.PredictProbabilities(x);
        var expected = new Matrix(x.RowCount, 2);
        foreach (var view in tta.TestTime!.Views)
        {
            var shifted = new Matrix(x.RowCount, 36);
            for (var i = 0; i < x.RowCount; i++)
            {
                var image = Array.ConvertAll(x.Row(i).ToArray(), v => (float)v);
                var warped = new float[36];
                view.Apply(image, warped, 1, 6, 6);
                for (var j = 0; j < 36; j++) shifted[i, j] = warped[j];
            }
            var p = plain.PredictProbabilities(shifted);
            for (var k = 0; k < p.Values.Length; k++) expected.Values[k] += p.Values[k] / 5;
        }

        for (var k = 0; k < expected.Values.Length; k++) Assert.Equal(expected.Values[k], averaged.Values[k], 5);
        Assert.NotEqual(plain.PredictProbabilities(x).Values.ToArray(), averaged.Values.ToArray());
    }

    [Fact]
    public void Fit_WithTestTime_GivesTheSameNetworkAsWithoutIt()
    {
        var (x, y) = Bars(40);

        var withTta = (s_cnn with { TestTime = new TestTimeAugmentation(1, 10) }).Fit(x, y);
        var without = s_cnn.Fit(x, y);

        Assert.Equal(without.PredictProbabilities(x).Values.ToArray(), withTta.WithTestTime(null).PredictProbabilities(x).Values.ToArray());
        Assert.Equal(new TestTimeAugmentation(1, 10), withTta.TestTime);
    }

    [Fact]
    public void SaveLoad_WithTestTime_KeepsTheAugmentationAndPredictions()
    {
        var (x, y) = Bars(20);
        var model = (s_cnn with { TestTime = new TestTimeAugmentation(1, 5, 0.05) }).Fit(x, y);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = CnnClassifierModel.Load(stream);

        Assert.Equal(model.TestTime, loaded.TestTime);
        Assert.Equal(model.PredictProbabilities(x).Values.ToArray(), loaded.PredictProbabilities(x).Values.ToArray());
    }

    [Fact]
    public void Fit_InvalidTestTime_ThrowsBeforeTraining() =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => (s_cnn with { TestTime = new TestTimeAugmentation(-1) }).Fit(Bars(8).X, Bars(8).Y));
}
