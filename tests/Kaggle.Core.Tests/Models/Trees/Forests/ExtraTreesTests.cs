using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class ExtraTreesTests
{
    [Fact]
    public void Fit_RandomThresholds_DifferFromRandomForestButMatchItsHeldOutAccuracy()
    {
        var (x, y) = Synthetic.Binary(rows: 400);
        var (test, yTest) = Synthetic.Binary(rows: 400, seed: 99);

        var extra = new ExtraTreesClassifier { Trees = 60 }.Fit(x, y);
        var forest = new RandomForestClassifier { Trees = 60, Bootstrap = false }.Fit(x, y);

        Assert.NotEqual(forest.PredictProbabilities(test).Values.ToArray(), extra.PredictProbabilities(test).Values.ToArray());
        double Accuracy(int[] labels) => labels.Where((l, i) => l == yTest[i]).Count() / (double)labels.Length;
        Assert.True(Accuracy(extra.PredictLabels(test)) >= Accuracy(forest.PredictLabels(test)) - 0.05);
    }

    [Fact]
    public void Fit_OneTreeFullDepth_FitsTheTrainingTargetsExactly()
    {
        var (x, y) = Synthetic.Regression(rows: 120);

        var model = new ExtraTreesRegressor { Trees = 1 }.Fit(x, y);

        Assert.Equal(y, model.Predict(x), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Fit_MoreDistinctValuesThanBins_OneTreeStillSeparatesEveryRow()
    {
        // Thresholds are drawn over raw values, so 1,000 distinct values are not merged into 255 bins.
        var x = new Matrix(1000, 1);
        var y = new double[1000];
        for (var i = 0; i < 1000; i++)
        {
            x[i, 0] = i * 0.001;
            y[i] = i % 7;
        }

        var model = new ExtraTreesRegressor { Trees = 1 }.Fit(x, y);

        Assert.Equal(y, model.Predict(x));
    }

    [Fact]
    public void Fit_EveryFeatureConstant_PredictsTheMean()
    {
        var x = Matrix.FromRows([1.0, 2], [1, 2], [1, 2]);

        var model = new ExtraTreesRegressor { Trees = 3 }.Fit(x, [1.0, 2, 6]);

        Assert.All(model.Predict(x), p => Assert.Equal(3.0, p, 12));
    }

    [Fact]
    public void Fit_SingleClass_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExtraTreesClassifier().Fit(Matrix.FromRows([0.0], [1]), [1.0, 1]));

        Assert.Contains("single class", error.Message, StringComparison.Ordinal);
    }
}
