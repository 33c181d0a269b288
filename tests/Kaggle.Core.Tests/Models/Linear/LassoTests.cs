using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LassoTests
{
    private static readonly Lasso s_tight = new() { Tolerance = 1e-14, MaxIterations = 100_000 };

    [Theory]
    [InlineData(0.1, false)]
    [InlineData(0.1, true)]
    public void Fit_OrthonormalDesign_SoftThresholdsTheLeastSquaresCoefficients(double alpha, bool standardize)
    {
        // Centred orthogonal columns with ‖xⱼ‖²/n = 1: the lasso solution is S(xⱼᵀ(y − ȳ)/n, α) per coordinate.
        var x = Matrix.FromRows([1, 1], [1, -1], [-1, 1], [-1, -1]);
        double[] y = [3.0, 1.2, 0.9, -1.1];
        var yBar = y.Average();
        double[] expected = [.. Enumerable.Range(0, 2).Select(j => SoftThreshold(Enumerable.Range(0, 4).Sum(i => x[i, j] * (y[i] - yBar)) / 4, alpha))];

        var model = (s_tight with { Alpha = alpha, Standardize = standardize }).Fit(x, y);

        LogisticRegressionTests.AssertClose(expected, model.Coefficients, 1e-12);
        Assert.Equal(yBar, model.Intercept, 12);
    }

    [Fact]
    public void Fit_AlphaNearZero_EqualsOrdinaryLeastSquares()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");

        var lasso = (s_tight with { Alpha = 1e-12 }).Fit(x, y);
        var ols = new LinearRegression().Fit(x, y);

        LogisticRegressionTests.AssertClose(ols.Coefficients, lasso.Coefficients, 1e-8);
        Assert.Equal(ols.Intercept, lasso.Intercept, 8);
    }

    [Fact]
    public void Fit_AlphaAboveGridMaximum_AllCoefficientsZero()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");
        var alphaMax = s_tight.AlphaGrid(x, y, count: 1)[0];

        var atMax = (s_tight with { Alpha = alphaMax * (1 + 1e-9) }).Fit(x, y);
        var below = (s_tight with { Alpha = alphaMax * 0.99 }).Fit(x, y);
        var huge = (s_tight with { Alpha = 1e6 }).Fit(x, y);

        Assert.All(atMax.Coefficients.ToArray(), c => Assert.Equal(0, c));
        Assert.Contains(below.Coefficients.ToArray(), c => c != 0);
        Assert.All(huge.Coefficients.ToArray(), c => Assert.Equal(0, c));
        Assert.Equal(y.Average(), huge.Intercept, 12);
    }

    [Theory]
    [InlineData("lasso_a0.1_raw", 0.1, false, false)]
    [InlineData("lasso_a0.1_raw_weighted", 0.1, false, true)]
    [InlineData("lasso_a0.3_std", 0.3, true, false)]
    [InlineData("lasso_a0.3_std_weighted", 0.3, true, true)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, double alpha, bool standardize, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_tight with { Alpha = alpha, Standardize = standardize }).Fit(LinearGolden.X, LinearGolden.Vector("y_reg"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-9);
        Assert.Equal(LinearGolden.Intercepts(name)[0], model.Intercept, 8);
    }

    [Fact]
    public void FitPath_WarmStarts_MatchIndependentFits()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");
        var alphas = s_tight.AlphaGrid(x, y, count: 12, minRatio: 1e-2);
        double[] shuffled = [alphas[5], alphas[0], alphas[11], alphas[3]];

        var path = s_tight.FitPath(x, y, shuffled);

        for (var k = 0; k < shuffled.Length; k++)
        {
            var single = (s_tight with { Alpha = shuffled[k] }).Fit(x, y);
            LogisticRegressionTests.AssertClose(single.Coefficients, path[k].Coefficients, 1e-9);
        }
    }

    [Fact]
    public void Fit_Standardized_FeatureUnitsDoNotChangePredictions()
    {
        var x = LinearGolden.X;
        var y = LinearGolden.Vector("y_reg");
        var rescaled = x.Clone();
        for (var i = 0; i < x.RowCount; i++) rescaled[i, 1] *= 1000;

        var original = (s_tight with { Alpha = 0.2 }).Fit(x, y);
        var inThousands = (s_tight with { Alpha = 0.2 }).Fit(rescaled, y);

        Assert.Equal(original.Coefficients[1] / 1000, inThousands.Coefficients[1], 12);
        LogisticRegressionTests.AssertClose(original.Predict(x), inThousands.Predict(rescaled), 1e-10);
    }

    [Fact]
    public void Fit_ConstantColumn_GetsZeroCoefficient()
    {
        var x = Matrix.FromRows([0.1, 1], [0.1, 2], [0.1, 3], [0.1, 5]);

        var model = (s_tight with { Alpha = 0.01 }).Fit(x, [1, 2, 3, 5]);

        Assert.Equal(0, model.Coefficients[0]);
        Assert.True(model.Coefficients[1] > 0.9);
    }

    [Fact]
    public void AsElasticNet_CopiesSettingsWithL1RatioOne()
    {
        var lasso = new Lasso { Alpha = 0.7, FitIntercept = false, Standardize = false, Tolerance = 1e-6, MaxIterations = 5 };

        var net = lasso.AsElasticNet();

        Assert.Equal(new ElasticNet { Alpha = 0.7, L1Ratio = 1, FitIntercept = false, Standardize = false, Tolerance = 1e-6, MaxIterations = 5 }, net);
    }

    private static double SoftThreshold(double value, double threshold) => Math.Sign(value) * Math.Max(Math.Abs(value) - threshold, 0);
}
