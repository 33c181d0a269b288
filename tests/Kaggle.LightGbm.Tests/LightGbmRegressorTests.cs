using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.LightGbm.Tests;

public sealed class LightGbmRegressorTests
{
    [Theory]
    [InlineData(LightGbmLoss.SquaredError, "regression")]
    [InlineData(LightGbmLoss.AbsoluteError, "regression_l1")]
    [InlineData(LightGbmLoss.Huber, "huber")]
    [InlineData(LightGbmLoss.Quantile, "quantile")]
    public void Fit_EachLoss_TrainsWithThatObjectiveAndBeatsTheMean(LightGbmLoss loss, string objective)
    {
        var (x, y) = Synthetic.Regression(rows: 400, seed: 4);

        using var model = new LightGbmRegressor { Loss = loss, Rounds = 50 }.Fit(x, y);

        Assert.Equal(objective, model.Objective);
        Assert.True(Mse(y, model.Predict(x)) < 0.5 * Mse(y, Enumerable.Repeat(y.Average(), y.Length).ToArray()));
    }

    [Fact]
    public void Fit_Quantile90_LeavesAboutNinetyPercentOfTargetsBelow()
    {
        var (x, y) = Synthetic.Regression(rows: 2000, seed: 5);

        using var model = new LightGbmRegressor { Loss = LightGbmLoss.Quantile, Quantile = 0.9, Rounds = 100 }.Fit(x, y);

        var p = model.Predict(x);
        var below = y.Where((t, i) => t <= p[i]).Count() / (double)y.Length;
        Assert.InRange(below, 0.85, 0.95);
    }

    [Fact]
    public void Fit_CustomSquaredError_MatchesTheBuiltInObjective()
    {
        var (x, y) = Synthetic.Regression(rows: 300, seed: 6);
        var floats = y.Select(v => (double)(float)v).ToArray();   // LightGBM keeps labels as float32
        var builtIn = new LightGbmRegressor { Rounds = 20, ExtraParameters = "boost_from_average=false" };

        using var expected = builtIn.Fit(x, floats);
        using var custom = (builtIn with { CustomObjective = new SquaredErrorObjective() }).Fit(x, floats);

        var a = expected.Predict(x);
        var b = custom.Predict(x);
        for (var i = 0; i < a.Length; i++) Assert.Equal(a[i], b[i], 1e-9);
    }

    [Fact]
    public void Fit_EvaluationSetWithEarlyStopping_StopsAndPredictsWithTheBestRound()
    {
        var (x, y) = Synthetic.Regression(rows: 400, seed: 7);
        var (vx, vy) = Synthetic.Regression(rows: 200, seed: 8);
        var learner = new LightGbmRegressor { Rounds = 2000, LearningRate = 0.3, EarlyStoppingRounds = 10 };

        using var model = learner.Fit(x, y, new EvaluationSet(vx, vy));

        Assert.True(model.BoostedRounds < 2000);
        Assert.Equal(model.BestIteration + 10 + 1, model.ValidationScores.Count);
        Assert.Equal(model.ValidationScores.Min(), model.BestScore);
        Assert.Equal(model.ValidationScores.Count, model.TrainingLog.Count);
    }

    [Fact]
    public void Fit_ThreadCounts1And2_BitIdenticalPredictions()
    {
        var (x, y) = Synthetic.Regression(rows: 3000, features: 8, seed: 9);
        var learner = new LightGbmRegressor { Rounds = 30, MaxLeaves = 63, RowSubsample = 0.7, ColumnSubsample = 0.7, Seed = 3 };

        using var one = (learner with { Threads = 1 }).Fit(x, y);
        using var two = (learner with { Threads = 2 }).Fit(x, y);
        using var again = (learner with { Threads = 2 }).Fit(x, y);

        Assert.Equal(one.Predict(x), two.Predict(x));
        Assert.Equal(two.Predict(x), again.Predict(x));
    }

    [Fact]
    public void FeatureScores_OneInformativeFeature_RanksItFirst()
    {
        var x = new Matrix(500, 3);
        var y = new double[500];
        var random = new Random(1);
        for (var i = 0; i < 500; i++)
        {
            for (var j = 0; j < 3; j++) x[i, j] = random.NextDouble();
            y[i] = 10 * x[i, 1];
        }

        using var model = new LightGbmRegressor { Rounds = 20 }.Fit(x, y);

        var gains = model.FeatureImportances();
        Assert.Equal(1, Array.IndexOf(gains, gains.Max()));
        Assert.Equal(1.0, gains.Sum(), 1e-12);
        var splits = model.FeatureScores(LightGbmImportanceType.Split);
        Assert.True(splits[1] > splits[0] && splits[1] > splits[2]);
    }

    [Fact]
    public void Fit_UnknownExtraParameter_ThrowsNamingIt()
    {
        var (x, y) = Synthetic.Regression();

        var e = Assert.Throws<ArgumentException>(() => new LightGbmRegressor { ExtraParameters = "cat_smoth=5" }.Fit(x, y));

        Assert.Contains("cat_smoth", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_AliasOfTypedParameter_ThrowsPointingToTheProperty()
    {
        var (x, y) = Synthetic.Regression();

        var e = Assert.Throws<ArgumentException>(() => new LightGbmRegressor { ExtraParameters = "eta=0.5" }.Fit(x, y));

        Assert.Contains("learning_rate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BadValueLightGbmRejects_ThrowsLightGbmExceptionWithItsMessage()
    {
        var (x, y) = Synthetic.Regression();

        var e = Assert.Throws<LightGbmException>(() => new LightGbmRegressor { ExtraParameters = "max_cat_threshold=-3" }.Fit(x, y));

        Assert.Contains("max_cat_threshold", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_DisposedModel_ThrowsObjectDisposed()
    {
        var (x, y) = Synthetic.Regression();
        var model = new LightGbmRegressor { Rounds = 5 }.Fit(x, y);

        model.Dispose();
        model.Dispose();

        Assert.Throws<ObjectDisposedException>(() => model.Predict(x));
    }

    private static double Mse(double[] y, double[] p) => y.Select((t, i) => (t - p[i]) * (t - p[i])).Average();

    private sealed class SquaredErrorObjective : ILightGbmObjective
    {
        public void Gradients(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights, Span<float> gradients, Span<float> hessians)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                gradients[i] = (float)(scores[i] - labels[i]);
                hessians[i] = 1;
            }
        }
    }
}
