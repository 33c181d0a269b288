using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class ElasticNetTests
{
    private static readonly ElasticNet s_tight = new() { Tolerance = 1e-14, MaxIterations = 100_000 };

    [Theory]
    [InlineData("enet_a0.2_r0.3_raw", 0.2, 0.3, false, false)]
    [InlineData("enet_a0.5_r0.7_std_weighted", 0.5, 0.7, true, true)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, double alpha, double l1Ratio, bool standardize, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_tight with { Alpha = alpha, L1Ratio = l1Ratio, Standardize = standardize }).Fit(LinearGolden.X, LinearGolden.Vector("y_reg"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-9);
        Assert.Equal(LinearGolden.Intercepts(name)[0], model.Intercept, 8);
    }

    [Fact]
    public void Fit_OrthonormalDesign_MatchesClosedForm()
    {
        // Orthonormal columns (‖xⱼ‖²/n = 1): βⱼ = S(xⱼᵀ(y − ȳ)/n, αρ) / (1 + α(1 − ρ)).
        var x = Matrix.FromRows([1, 1], [1, -1], [-1, 1], [-1, -1]);
        double[] y = [3.0, 1.2, 0.9, -1.1];
        const double alpha = 0.4, rho = 0.25;
        var yBar = y.Average();

        var model = (s_tight with { Alpha = alpha, L1Ratio = rho }).Fit(x, y);

        for (var j = 0; j < 2; j++)
        {
            var z = Enumerable.Range(0, 4).Sum(i => x[i, j] * (y[i] - yBar)) / 4;
            Assert.Equal(Math.Sign(z) * Math.Max(Math.Abs(z) - (alpha * rho), 0) / (1 + (alpha * (1 - rho))), model.Coefficients[j], 12);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Fit_L1RatioOutsideRange_Throws(double l1Ratio)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ElasticNet { L1Ratio = l1Ratio }.Fit(LinearGolden.X, LinearGolden.Vector("y_reg")));

        Assert.Contains("L1Ratio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitPath_NegativeAlpha_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_tight.FitPath(LinearGolden.X, LinearGolden.Vector("y_reg"), [0.1, -0.1]));
    }

    [Fact]
    public void AlphaGrid_IsLogSpacedFromTheMaximum()
    {
        var grid = s_tight.AlphaGrid(LinearGolden.X, LinearGolden.Vector("y_reg"), count: 5, minRatio: 1e-4);

        Assert.Equal(5, grid.Length);
        Assert.Equal(grid[0] * 1e-4, grid[4], 12);
        Assert.Equal(grid[0] * 1e-1, grid[1], 12);
    }
}
