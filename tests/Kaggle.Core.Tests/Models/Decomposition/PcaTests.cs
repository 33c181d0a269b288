using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Core.Tests.Models.Decomposition;

/// <summary>Against scikit-learn's PCA (TestData/Decomposition/make_pca_golden.py); components compared up to sign.</summary>
public sealed class PcaTests
{
    private static readonly JsonElement s_golden = GoldenJson.Load("Decomposition", "pca_golden.json");

    public static TheoryData<string, PcaSolver> Cases() =>
        new() { { "tall", PcaSolver.Full }, { "wide", PcaSolver.Full }, { "tall", PcaSolver.Randomized }, { "wide", PcaSolver.Randomized } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_SklearnFixture_SameComponentsUpToSignAndVariances(string set, PcaSolver solver)
    {
        var (x, k, expected) = Fixture(set);

        // Power iterations make the randomized answer exact on data of rank ≤ components + oversamples.
        var model = new Pca { Components = k, Solver = solver, PowerIterations = 10 }.Fit(x);

        var vectors = expected.GetProperty("vectors").ToMatrix();
        var signs = Signs(vectors, model.Components);
        for (var c = 0; c < k; c++)
            for (var j = 0; j < x.ColumnCount; j++)
                Assert.Equal(vectors[c, j], signs[c] * model.Components[c, j], 1e-8);
        AssertClose(expected.GetProperty("explained_variance").Doubles(), model.ExplainedVariance.ToArray(), 1e-9);
        AssertClose(expected.GetProperty("explained_variance_ratio").Doubles(), model.ExplainedVarianceRatio, 1e-9);
        AssertClose(expected.GetProperty("singular_values").Doubles(), model.SingularValues.ToArray(), 1e-9);
    }

    [Theory]
    [InlineData("tall", false)]
    [InlineData("tall", true)]
    [InlineData("wide", false)]
    [InlineData("wide", true)]
    public void Transform_SklearnFixture_SameProjectionsUpToSign(string set, bool whiten)
    {
        var (x, k, expected) = Fixture(set);
        var model = new Pca { Components = k, Whiten = whiten, Solver = PcaSolver.Full }.Fit(x);
        var signs = Signs(expected.GetProperty("vectors").ToMatrix(), model.Components);

        var projected = model.Transform(x.Rows([0, 1, 2, 3, 4]));

        var reference = expected.GetProperty(whiten ? "whitened" : "transform").ToMatrix();
        for (var i = 0; i < 5; i++)
            for (var c = 0; c < k; c++)
                Assert.Equal(reference[i, c], signs[c] * projected[i, c], 1e-8);
    }

    [Fact]
    public void Fit_ZeroVarianceColumnsAndDuplicateRows_ExtraComponentsHaveZeroVariance()
    {
        var x = Matrix.FromRows([1.0, 5, 2], [1, 5, 2], [3, 5, 4], [3, 5, 4]);

        var model = new Pca { Solver = PcaSolver.Full, Whiten = true }.Fit(x);

        Assert.Equal(3, model.ComponentCount);
        Assert.True(model.ExplainedVariance[0] > 0);
        Assert.Equal(0, model.ExplainedVariance[1], 12);
        Assert.Equal(1.0, model.ExplainedVarianceRatio[0], 12);
        Assert.All(model.Transform(x).Values.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Fit_RandomizedOnSparseRowsAtTwoThreadCounts_BitIdenticalComponents()
    {
        var random = new SplitMix64(8);
        var x = new Matrix(5000, 40);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = random.NextDouble() < 0.7 ? 0 : random.NextDouble() * (1 + (k % 40));

        var one = new Pca { Components = 5, Solver = PcaSolver.Randomized, Threads = 1 }.Fit(x);
        var many = new Pca { Components = 5, Solver = PcaSolver.Randomized, Threads = 4 }.Fit(x);
        var exact = new Pca { Components = 5, Solver = PcaSolver.Full }.Fit(x);

        Assert.Equal(one.Components.Values.ToArray(), many.Components.Values.ToArray());
        // Noise has a flat spectrum, the randomized method's worst case: close, not exact.
        AssertClose(exact.ExplainedVariance.ToArray(), one.ExplainedVariance.ToArray(), 1e-3);
    }

    [Fact]
    public void Fit_OneRow_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => new Pca().Fit(Matrix.FromRows([1.0, 2])));

        Assert.Contains("at least 2 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TooManyComponents_ThrowsNamingComponents()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Pca { Components = 3 }.Fit(Matrix.FromRows([1.0, 2], [3, 1], [0, 0])));

        Assert.Equal("Components", error.ParamName);
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameTransform()
    {
        var (x, k, _) = Fixture("tall");
        var model = new Pca { Components = k, Whiten = true }.Fit(x);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = PcaModel.Load(stream);

        Assert.Equal(model.Transform(x).Values.ToArray(), loaded.Transform(x).Values.ToArray());
    }

    private static (Matrix X, int K, JsonElement Expected) Fixture(string set)
    {
        var root = s_golden.GetProperty(set);
        return (root.GetProperty("x").ToMatrix(), root.GetProperty("components").GetInt32(), root);
    }

    // +1 or −1 per component, whichever aligns ours with the reference.
    private static double[] Signs(Matrix reference, Matrix ours) =>
        [.. Enumerable.Range(0, reference.RowCount).Select(c =>
            Enumerable.Range(0, reference.ColumnCount).Sum(j => reference[c, j] * ours[c, j]) >= 0 ? 1.0 : -1.0)];

    private static void AssertClose(double[] expected, double[] actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= relative * (1 + Math.Abs(expected[i])), $"[{i}]: expected {expected[i]}, got {actual[i]}");
    }
}
