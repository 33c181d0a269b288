using Kaggle.Autograd.Models.Text;
using Kaggle.Core;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Tests.Models.Text;

public sealed class FastTextClassifierTests
{
    private static readonly FastTextClassifier s_quick = new() { Dimension = 8, Epochs = 10, LearningRate = 0.02 };

    [Fact]
    public void Fit_ClassMarkedByItsTokens_LearnsThem()
    {
        var (x, y) = Documents(400, seed: 1);
        var (test, truth) = Documents(200, seed: 2);

        var model = s_quick.Fit(x, y);

        var p = model.PredictOutput(test);
        var correct = Enumerable.Range(0, truth.Length).Count(i => (p[i, 0] > 0.5 ? 1 : 0) == truth[i]);
        Assert.True(correct >= 190, $"{correct} of 200 correct");
    }

    [Fact]
    public void Fit_HiddenLayer_AlsoLearns()
    {
        var (x, y) = Documents(400, seed: 3);

        var model = (s_quick with { Hidden = 8 }).Fit(x, y);

        var p = model.PredictOutput(x);
        Assert.True(Enumerable.Range(0, y.Length).Count(i => (p[i, 0] > 0.5 ? 1 : 0) == y[i]) >= 380);
    }

    [Fact]
    public void Fit_SameSeedTwice_IdenticalProbabilities_OtherSeedDiffers()
    {
        var (x, y) = Documents(200, seed: 4);

        var a = s_quick.Fit(x, y).PredictOutput(x);
        var b = s_quick.Fit(x, y).PredictOutput(x);
        var c = (s_quick with { Seed = 7 }).Fit(x, y).PredictOutput(x);

        Assert.Equal(a.Array, b.Array);
        Assert.NotEqual(a.Array, c.Array);
    }

    [Fact]
    public void Fit_DenseInput_SameModelAsSparse()
    {
        var (x, y) = Documents(100, seed: 5);

        var sparse = s_quick.Fit(x, y).PredictOutput(x);
        var dense = s_quick.Fit(x.ToDense(), y).PredictOutput(x.ToDense());

        Assert.Equal(sparse.Array, dense.Array);
    }

    [Fact]
    public void Predict_AllZeroRow_FiniteProbabilitiesSummingToOne()
    {
        var (x, y) = Documents(100, seed: 6);
        var model = s_quick.Fit(x, y);
        var empty = new CsrMatrix(1, x.ColumnCount, [0, 0], [], []);

        var p = new Matrix(1, 2);
        model.PredictProbabilities(empty, p);

        Assert.Equal(1.0, p[0, 0] + p[0, 1], precision: 12);
        Assert.All(p.Array, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Fit_NegativeFeature_ThrowsClearly()
    {
        var x = CsrMatrix.FromDense(Matrix.FromRows([1.0, -1.0], [0.0, 1.0]));

        var error = Assert.Throws<ArgumentException>(() => s_quick.Fit(x, [0, 1]));

        Assert.Contains("non-negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameProbabilities()
    {
        var (x, y) = Documents(100, seed: 8);
        var model = (s_quick with { Hidden = 4 }).Fit(x, y);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = FastTextClassificationModel.Load(stream);

        Assert.Equal(model.PredictOutput(x).Array, loaded.PredictOutput(x).Array);
    }

    /// <summary>
    /// Count vectors over 40 token ids: every document has 3–6 tokens drawn from the 30 shared ids plus, for class 1,
    /// one of ids 30–34, for class 0 one of ids 35–39 (a two-token "keyword" per class among noise).
    /// </summary>
    private static (CsrMatrix X, double[] Y) Documents(int n, int seed)
    {
        var random = new SplitMix64(seed);
        var rows = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new double[40];
            y[i] = random.NextInt(2);
            for (var t = 3 + random.NextInt(4); t > 0; t--) rows[i][random.NextInt(30)]++;
            rows[i][(y[i] == 1 ? 30 : 35) + random.NextInt(5)]++;
        }
        return (CsrMatrix.FromDense(Matrix.FromRows(rows)), y);
    }
}
