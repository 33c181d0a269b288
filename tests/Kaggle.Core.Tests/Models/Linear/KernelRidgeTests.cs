using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class KernelRidgeTests
{
    [Theory]
    [InlineData("kernel_ridge_a0.5_g0.3", false)]
    [InlineData("kernel_ridge_a0.5_g0.3_weighted", true)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, bool weighted)
    {
        var x = LinearGolden.X;
        var shifted = x.Rows([0, 1, 2, 3, 4]);
        foreach (ref var v in shifted.Values) v += 0.25;
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = new KernelRidge { Alpha = 0.5, Gamma = 0.3, FitIntercept = false }.Fit(x, LinearGolden.Vector("y_reg"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Field(name, "dual"), model.DualCoefficients, 1e-9);
        LogisticRegressionTests.AssertClose(LinearGolden.Field(name, "predict"), model.Predict(shifted), 1e-10);
    }

    [Fact]
    public void Fit_FarApartPoints_ShrinkEachTowardTheMean()
    {
        // The kernel between distant points is 0, so each dual coefficient is (yᵢ − ȳ)/(1 + α).
        var x = Matrix.FromColumn([0, 100, 200]);
        double[] y = [1, 4, 10];

        var model = new KernelRidge { Alpha = 0.5, Gamma = 1 }.Fit(x, y);

        Assert.Equal(5, model.Intercept, 12);
        LogisticRegressionTests.AssertClose([-4 / 1.5, -1 / 1.5, 5 / 1.5], model.DualCoefficients, 1e-12);
        Assert.Equal(5 + (5 / 1.5), model.Predict(Matrix.FromColumn([200]))[0], 12);
        Assert.Equal(5, model.Predict(Matrix.FromColumn([1000]))[0], 12);
    }

    [Fact]
    public void Fit_DefaultGamma_IsOneOverFeatures()
    {
        var model = new KernelRidge().Fit(LinearGolden.X, LinearGolden.Vector("y_reg"));

        Assert.Equal(1.0 / 3, model.Gamma);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Fit_NonPositiveAlpha_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KernelRidge { Alpha = alpha }.Fit(LinearGolden.X, LinearGolden.Vector("y_reg")));
    }
}
