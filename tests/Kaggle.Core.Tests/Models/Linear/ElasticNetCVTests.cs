using Kaggle.Core.Models.Linear;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class ElasticNetCVTests
{
    [Theory]
    [InlineData("enetcv_r1_raw", 1.0, 30, 1e-3, 5)]
    [InlineData("enetcv_r0.5_raw", 0.5, 30, 1e-2, 4)]
    public void Fit_GoldenFixture_ChoosesScikitLearnsAlpha(string name, double l1Ratio, int count, double minRatio, int folds)
    {
        var learner = new ElasticNetCV
        {
            L1Ratio = l1Ratio,
            AlphaCount = count,
            MinAlphaRatio = minRatio,
            Folds = folds,
            Standardize = false,
            Tolerance = 1e-12,
            MaxIterations = 100_000,
        };

        var model = learner.Fit(LinearGolden.X, LinearGolden.Vector("y_outliers"));

        LogisticRegressionTests.AssertClose(LinearGolden.Field(name, "alphas"), model.Alphas, 1e-12);
        LogisticRegressionTests.AssertClose(LinearGolden.Field(name, "mse"), model.MeanSquaredErrors, 1e-8);
        Assert.Equal(LinearGolden.Scalar(name, "alpha"), model.Alpha, 12);
        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Model.Coefficients, 1e-8);
    }

    [Fact]
    public void Fit_ExplicitAlphas_ChoosesAmongThem()
    {
        var (x, y) = Synthetic.Regression(rows: 120);

        var model = new ElasticNetCV { Alphas = [10, 0.01, 1], Folds = 3 }.Fit(x, y);

        Assert.Equal(0.01, model.Alpha);
        Assert.Equal([10.0, 0.01, 1], model.Alphas.ToArray());
    }

    [Fact]
    public void Fit_SameSeed_SameChoice()
    {
        var (x, y) = Synthetic.Regression(rows: 80);
        var learner = new ElasticNetCV { AlphaCount = 10, Folds = 4, Seed = 3 };

        var first = learner.Fit(x, y);
        var second = learner.Fit(x, y);

        Assert.Equal(first.Alpha, second.Alpha);
        Assert.True(first.MeanSquaredErrors.SequenceEqual(second.MeanSquaredErrors));
    }

    [Fact]
    public void Fit_MoreFoldsThanRows_Throws()
    {
        var (x, y) = Synthetic.Regression(rows: 3);

        var error = Assert.Throws<ArgumentException>(() => new ElasticNetCV { Folds = 4 }.Fit(x, y));

        Assert.Contains("4 folds", error.Message, StringComparison.Ordinal);
    }
}
