using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class RidgeRegressionTests
{
    [Fact]
    public void Fit_OneFeature_MatchesClosedForm()
    {
        // 1-D ridge with intercept: β = Σ(x − x̄)(y − ȳ) / (Σ(x − x̄)² + α), b = ȳ − β·x̄.
        double[] xs = [1, 2, 4, 7];
        double[] y = [2, 3, 9, 12];
        const double alpha = 3;
        double xBar = xs.Average(), yBar = y.Average();
        var sxy = xs.Select((v, i) => (v - xBar) * (y[i] - yBar)).Sum();
        var sxx = xs.Select(v => (v - xBar) * (v - xBar)).Sum();

        var model = new RidgeRegression { Alpha = alpha }.Fit(Matrix.FromColumn(xs), y);

        Assert.Equal(sxy / (sxx + alpha), model.Coefficients[0], 12);
        Assert.Equal(yBar - (sxy / (sxx + alpha) * xBar), model.Intercept, 12);
    }

    [Theory]
    [InlineData("ridge_a2", 2.0, true, false)]
    [InlineData("ridge_a2_weighted", 2.0, true, true)]
    [InlineData("ridge_a5_nointercept", 5.0, false, false)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, double alpha, bool intercept, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = new RidgeRegression { Alpha = alpha, FitIntercept = intercept }.Fit(LinearGolden.X, LinearGolden.Vector("y_reg"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-10);
        Assert.Equal(LinearGolden.Intercepts(name)[0], model.Intercept, 9);
    }

    [Fact]
    public void Fit_AlphaZero_EqualsOrdinaryLeastSquares()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");

        var ridge = new RidgeRegression { Alpha = 0 }.Fit(x, y);
        var ols = new LinearRegression().Fit(x, y);

        Assert.True(ridge.Coefficients.SequenceEqual(ols.Coefficients));
    }

    [Fact]
    public void Fit_HugeAlpha_ShrinksToTheWeightedMean()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");

        var model = new RidgeRegression { Alpha = 1e12 }.Fit(x, y);

        Assert.All(model.Coefficients.ToArray(), c => Assert.True(Math.Abs(c) < 1e-9));
        Assert.Equal(y.Average(), model.Intercept, 6);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Fit_InvalidAlpha_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RidgeRegression { Alpha = alpha }.Fit(Matrix.FromColumn([1, 2]), [1, 2]));
    }

    [Fact]
    public void Fit_ZeroWeightRow_IsIgnored()
    {
        var x = Matrix.FromColumn([1, 2, 3, 100]);
        double[] y = [1, 2, 3, -500];

        var weighted = new RidgeRegression { Alpha = 0.5 }.Fit(x, y, [1, 1, 1, 0]);
        var dropped = new RidgeRegression { Alpha = 0.5 }.Fit(x.Rows([0, 1, 2]), [1, 2, 3]);

        Assert.Equal(dropped.Coefficients[0], weighted.Coefficients[0], 12);
        Assert.Equal(dropped.Intercept, weighted.Intercept, 12);
    }
}
