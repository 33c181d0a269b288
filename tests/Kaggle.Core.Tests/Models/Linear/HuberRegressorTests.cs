using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class HuberRegressorTests
{
    private static readonly HuberRegressor s_tight = new() { Tolerance = 1e-11, MaxIterations = 10_000 };

    [Theory]
    [InlineData("huber_e1.35_a0.001", 1.35, 1e-3, false)]
    [InlineData("huber_e1.35_a0.001_weighted", 1.35, 1e-3, true)]
    [InlineData("huber_e2_a1", 2.0, 1.0, false)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, double epsilon, double alpha, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_tight with { Epsilon = epsilon, Alpha = alpha }).Fit(LinearGolden.X, LinearGolden.Vector("y_outliers"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-7);
        Assert.Equal(LinearGolden.Intercepts(name)[0], model.Intercept, 6);
    }

    [Fact]
    public void Fit_GrossOutliers_StayCloseToTheCleanLine()
    {
        // y = 2x + 1 exactly, but two targets are off by +1000: least squares is dragged away, Huber is not.
        var x = Matrix.FromColumn([.. Enumerable.Range(0, 20).Select(i => (double)i)]);
        double[] y = [.. Enumerable.Range(0, 20).Select(i => (2.0 * i) + 1 + (i is 4 or 15 ? 1000 : 0))];

        var huber = new HuberRegressor().Fit(x, y);
        var ols = new LinearRegression().Fit(x, y);

        Assert.Equal(2, huber.Coefficients[0], 2);
        Assert.Equal(1, huber.Intercept, 1);
        Assert.True(Math.Abs(ols.Intercept - 1) > 50);
    }

    [Fact]
    public void Fit_LargeEpsilonNoPenalty_EqualsLeastSquares()
    {
        // With ε beyond every scaled residual the loss is purely quadratic: the fit is ordinary least squares.
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");

        var huber = (s_tight with { Epsilon = 1e6, Alpha = 0 }).Fit(x, y);
        var ols = new LinearRegression().Fit(x, y);

        LogisticRegressionTests.AssertClose(ols.Coefficients, huber.Coefficients, 1e-6);
        Assert.Equal(ols.Intercept, huber.Intercept, 6);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void Fit_EpsilonBelowOne_Throws(double epsilon)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new HuberRegressor { Epsilon = epsilon }.Fit(LinearGolden.X, LinearGolden.Vector("y_reg")));

        Assert.Contains("Epsilon", error.Message, StringComparison.Ordinal);
    }
}
