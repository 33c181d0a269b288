using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LogisticRegressionTests
{
    private static readonly LogisticRegression s_tight = new() { Tolerance = 1e-10, MaxIterations = 10_000 };

    [Theory]
    [InlineData("logistic_binary_c0.5", "y_bin", 0.5, true, false)]
    [InlineData("logistic_binary_c0.5_weighted", "y_bin", 0.5, true, true)]
    [InlineData("logistic_binary_nointercept", "y_bin", 2.0, false, false)]
    [InlineData("logistic_multinomial_c1", "y_multi", 1.0, true, false)]
    [InlineData("logistic_multinomial_c0.1_weighted", "y_multi", 0.1, true, true)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, string target, double c, bool intercept, bool weighted)
    {
        var x = LinearGolden.X;
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_tight with { C = c, FitIntercept = intercept }).Fit(x, LinearGolden.Vector(target), weights);

        Assert.True(model.Converged);
        AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-7);
        AssertClose(LinearGolden.Intercepts(name), model.Intercepts, 1e-7);
        AssertClose(LinearGolden.Probabilities(name), model.PredictProbabilities(x.Rows([0, 1, 2, 3, 4, 5])).Values, 1e-7);
    }

    [Fact]
    public void Fit_DefaultTolerance_CloseToOptimum()
    {
        var x = LinearGolden.X;

        var model = new LogisticRegression { C = 0.5 }.Fit(x, LinearGolden.Vector("y_bin"));

        AssertClose(LinearGolden.Coefficients("logistic_binary_c0.5"), model.Coefficients, 1e-3);
    }

    [Fact]
    public void Fit_SymmetricOneFeature_InterceptZeroAndSlopeMatchesHandSolution()
    {
        // x = ±1 with labels 1,0 / 0,1 mirrored: the intercept is 0 by symmetry and, without penalty, the slope solves
        // Σ xᵢ(σ(βxᵢ) − yᵢ) = 0, i.e. σ(β) = 3/4 for three of four points at x = 1 labelled 1: β = ln 3.
        var x = Matrix.FromColumn([1, 1, 1, 1, -1, -1, -1, -1]);
        double[] y = [1, 1, 1, 0, 0, 0, 0, 1];

        var model = (s_tight with { C = double.PositiveInfinity }).Fit(x, y);

        Assert.Equal(0, model.Intercepts[0], 8);
        Assert.Equal(Math.Log(3), model.Coefficients[0], 7);
    }

    [Fact]
    public void Fit_IntegerWeights_EqualRepeatedRows()
    {
        var (x, y) = Synthetic.Binary(rows: 60, features: 3);
        var weights = Enumerable.Range(0, 60).Select(i => (double)(1 + (i % 3))).ToArray();
        var repeated = Enumerable.Range(0, 60).SelectMany(i => Enumerable.Repeat(i, 1 + (i % 3))).ToArray();

        var weighted = s_tight.Fit(x, y, weights);
        var expanded = s_tight.Fit(x.Rows(repeated), [.. repeated.Select(i => y[i])]);

        AssertClose(expanded.Coefficients.ToArray(), weighted.Coefficients, 1e-6);
    }

    [Fact]
    public void Fit_MultinomialCoefficients_SumToZeroOverClasses()
    {
        var (x, y) = Synthetic.Multiclass(rows: 90);

        var model = new LogisticRegression().Fit(x, y);

        Assert.Equal(3, model.CoefficientRows);
        for (var j = 0; j < model.FeatureCount; j++)
            Assert.Equal(0, model.CoefficientRow(0)[j] + model.CoefficientRow(1)[j] + model.CoefficientRow(2)[j], 10);
    }

    [Fact]
    public void Fit_ManyRowsAnyThreadCount_BitIdenticalCoefficients()
    {
        var (x, y) = Synthetic.Binary(rows: 9000, features: 4);

        var one = new LogisticRegression { Threads = 1 }.Fit(x, y);
        var two = new LogisticRegression { Threads = 2 }.Fit(x, y);

        Assert.True(one.Coefficients.SequenceEqual(two.Coefficients));
        Assert.True(one.Intercepts.SequenceEqual(two.Intercepts));
    }

    [Fact]
    public void Fit_IterationLimitHit_ReportsNotConverged()
    {
        var (x, y) = Synthetic.Binary();

        var model = new LogisticRegression { MaxIterations = 1, Tolerance = 0 }.Fit(x, y);

        Assert.False(model.Converged);
        Assert.Equal(1, model.Iterations);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Fit_NonPositiveC_Throws(double c)
    {
        var (x, y) = Synthetic.Binary(rows: 20);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegression { C = c }.Fit(x, y));

        Assert.Contains("C must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NonIntegerLabels_Throws()
    {
        var x = Matrix.FromColumn([1, 2, 3]);

        Assert.Throws<ArgumentException>(() => new LogisticRegression().Fit(x, [0, 0.5, 1]));
    }

    [Fact]
    public void Load_OtherModelStream_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        new LinearModel([1.0], 0).Save(stream);
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => LogisticRegressionModel.Load(stream));

        Assert.Contains("LinearModel", error.Message, StringComparison.Ordinal);
    }

    internal static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(expected[k] - actual[k]) <= tolerance * Math.Max(1, Math.Abs(expected[k])), $"value {k}: expected {expected[k]}, got {actual[k]}");
    }
}
