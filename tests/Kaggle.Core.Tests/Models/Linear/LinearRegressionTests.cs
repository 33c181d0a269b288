using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LinearRegressionTests
{
    [Fact]
    public void Fit_PointsOnALine_RecoversSlopeAndIntercept()
    {
        var x = Matrix.FromColumn([-2, 0, 1, 3, 10]);
        double[] y = [-3, 1, 3, 7, 21];

        var model = new LinearRegression().Fit(x, y);

        Assert.Equal(2, model.Coefficients[0], 12);
        Assert.Equal(1, model.Intercept, 12);
    }

    [Fact]
    public void Fit_ExactPlane_PredictsTrainingTargetsExactly()
    {
        var x = Matrix.FromRows([1, 2], [2, 1], [3, 5], [4, 0], [0, 0]);
        double[] y = [.. Enumerable.Range(0, 5).Select(i => 0.5 + (3 * x[i, 0]) - (2 * x[i, 1]))];

        var predicted = new LinearRegression().Fit(x, y).Predict(x);

        LogisticRegressionTests.AssertClose(y, predicted, 1e-12);
    }

    [Theory]
    [InlineData("ols", false)]
    [InlineData("ols_weighted", true)]
    public void Fit_GoldenFixture_MatchesScikitLearn(string name, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = new LinearRegression().Fit(LinearGolden.X, LinearGolden.Vector("y_reg"), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-10);
        Assert.Equal(LinearGolden.Intercepts(name)[0], model.Intercept, 9);
    }

    [Fact]
    public void Fit_DuplicatedColumn_SplitsCoefficientEvenly()
    {
        // Collinear columns have no unique solution; the minimum-norm one (lstsq) shares the slope equally.
        var x = Matrix.FromRows([1, 1], [2, 2], [3, 3], [5, 5]);
        double[] y = [2, 4, 6, 10];

        var model = new LinearRegression().Fit(x, y);

        Assert.Equal(1, model.Coefficients[0], 10);
        Assert.Equal(1, model.Coefficients[1], 10);
        Assert.Equal(0, model.Intercept, 10);
    }

    [Fact]
    public void Fit_MoreFeaturesThanRows_FitsTrainingTargets()
    {
        var x = Matrix.FromRows([1, 0, 2, 1], [0, 1, 1, 3], [2, 2, 0, 1]);
        double[] y = [1, -1, 4];

        var predicted = new LinearRegression().Fit(x, y).Predict(x);

        LogisticRegressionTests.AssertClose(y, predicted, 1e-10);
    }

    [Fact]
    public void Fit_NoIntercept_PassesThroughOrigin()
    {
        var x = Matrix.FromColumn([1, 2, 3]);
        double[] y = [3, 5, 7];   // y = 2x + 1; through the origin the best slope is Σxy/Σx² = 34/14

        var model = new LinearRegression { FitIntercept = false }.Fit(x, y);

        Assert.Equal(0, model.Intercept);
        Assert.Equal(34.0 / 14, model.Coefficients[0], 12);
    }

    [Fact]
    public void Fit_NaNFeature_ThrowsNamingNaN()
    {
        var x = Matrix.FromRows([1, 2], [double.NaN, 1], [3, 4]);

        var error = Assert.Throws<ArgumentException>(() => new LinearRegression().Fit(x, [1, 2, 3]));

        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_WrongColumnCount_Throws()
    {
        var model = new LinearModel([1.0, 2.0], 0.5);

        Assert.Throws<ArgumentException>(() => model.Predict(new Matrix(2, 3)));
    }
}
