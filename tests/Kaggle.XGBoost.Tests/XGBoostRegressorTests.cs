using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.XGBoost.Tests;

public sealed class XGBoostRegressorTests
{
    private static readonly XGBoostRegressor s_learner = new() { Rounds = 30, MaxDepth = 3, Threads = 1 };

    [Fact]
    public void Fit_EvaluationSetWorseAfterRoundOne_StopsAtRoundOne()
    {
        // Training y = x on x ∈ {0, 1}: with eta 0.5 and lambda 1 the prediction at x = 1 climbs 0.5, 0.74, 0.86, ...
        // The evaluation rows (x = 1, y = 0.78) are closest after the first round and only worse after it.
        RequireXGBoost.Library();
        var x = new Matrix(40, 1);
        var y = new double[40];
        for (var i = 0; i < 40; i++) x[i, 0] = y[i] = i % 2;
        var evaluation = new EvaluationSet(new Matrix(5, 1, [1, 1, 1, 1, 1]), [0.78, 0.78, 0.78, 0.78, 0.78]);

        using var model = (s_learner with { Rounds = 50, LearningRate = 0.5, EarlyStoppingRounds = 2 }).Fit(x, y, evaluation);

        Assert.Equal(0, model.BestIteration);
        Assert.Equal(3, model.BoostedRounds);
    }

    [Fact]
    public void Fit_EarlyStoppingOnValidationSet_KeepsTheBestIteration()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression(rows: 300, seed: 4);
        var (xv, yv) = Synthetic.Regression(rows: 200, seed: 5);
        var learner = s_learner with { Rounds = 300, LearningRate = 0.5, EarlyStoppingRounds = 10 };

        using var model = learner.Fit(new XGBoostDataSet(x, y), new XGBoostDataSet(xv, yv));

        var scores = model.ValidationScores;
        var best = scores.ToList().IndexOf(scores.Min());
        Assert.Equal(best, model.BestIteration);
        Assert.Equal(scores[best], model.BestScore);
        Assert.Equal(best + 11, model.BoostedRounds);   // stopped after 10 rounds without improvement
        Assert.Equal(Rmse(model.Predict(xv), yv), model.BestScore, 5);   // XGBoost's rmse of the kept rounds
    }

    [Fact]
    public void Predict_AfterEarlyStopping_EqualsAModelTrainedForTheBestRoundsOnly()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression(rows: 300, seed: 4);
        var (xv, yv) = Synthetic.Regression(rows: 200, seed: 5);
        var learner = s_learner with { Rounds = 300, LearningRate = 0.5, EarlyStoppingRounds = 10 };
        using var stopped = learner.Fit(new XGBoostDataSet(x, y), new XGBoostDataSet(xv, yv));

        using var shorter = (learner with { Rounds = stopped.BestIteration + 1, EarlyStoppingRounds = 0 }).Fit(x, y);

        Assert.Equal(shorter.Predict(xv), stopped.Predict(xv));
    }

    [Fact]
    public void Fit_EarlyStoppingOnAuc_MaximizesTheMetric()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary(rows: 400, seed: 8);
        var (xv, yv) = Synthetic.Binary(rows: 300, seed: 9);
        var learner = new XGBoostClassifier { Rounds = 200, LearningRate = 0.5, EarlyStoppingRounds = 8, EvalMetric = "auc", Threads = 2 };

        using var model = learner.Fit(new XGBoostDataSet(x, y), new XGBoostDataSet(xv, yv));

        Assert.Equal(model.ValidationScores.Max(), model.BestScore);
        Assert.Equal(model.ValidationScores.ToList().IndexOf(model.BestScore), model.BestIteration);
    }

    [Fact]
    public void Fit_EarlyStoppingWithoutValidationSet_HoldsOutSeededRows()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression(rows: 300, seed: 4);
        var learner = s_learner with { Rounds = 300, LearningRate = 0.5, EarlyStoppingRounds = 10, ValidationFraction = 0.25, Seed = 3 };

        using var first = learner.Fit(x, y);
        using var second = learner.Fit(x, y);
        using var otherSeed = (learner with { Seed = 4 }).Fit(x, y);

        Assert.True(first.BoostedRounds < 300);
        Assert.Equal(first.ValidationScores, second.ValidationScores);
        Assert.NotEqual(first.ValidationScores, otherSeed.ValidationScores);
    }

    [Fact]
    public void Fit_InParallelThreads_GivesTheSequentialModels()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression(missingFraction: 0.05);
        var learners = Enumerable.Range(0, 4).Select(s => s_learner with { RowSubsample = 0.7, ColumnSubsample = 0.7, Seed = s, Threads = 1 }).ToArray();
        var sequential = learners.Select(l => { using var m = l.Fit(x, y); return m.Predict(x); }).ToArray();

        var parallel = new double[learners.Length][];
        Parallel.For(0, learners.Length, i => { using var m = learners[i].Fit(x, y); parallel[i] = m.Predict(x); });

        for (var i = 0; i < learners.Length; i++)
            Assert.Equal(sequential[i], parallel[i]);
        Assert.NotEqual(sequential[0], sequential[1]);   // the seed does reach XGBoost's sampling
    }

    [Fact]
    public void Fit_PoissonObjective_PredictsPositiveCounts()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression();
        var counts = y.Select(v => Math.Round(Math.Exp(v / 3))).ToArray();

        using var model = (s_learner with { Objective = "count:poisson" }).Fit(x, counts);

        Assert.Equal("count:poisson", model.Objective);
        Assert.All(model.Predict(x), p => Assert.True(p > 0));
    }

    [Fact]
    public void Fit_MultiClassObjective_ThrowsArgumentException()
    {
        var (x, y) = Synthetic.Regression();

        var error = Assert.Throws<ArgumentException>(() => (s_learner with { Objective = "multi:softprob" }).Fit(x, y));

        Assert.Contains("XGBoostClassifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ValidationSetWithOtherColumnCount_ThrowsArgumentException()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression();

        Assert.Throws<ArgumentException>(() => s_learner.Fit(new XGBoostDataSet(x, y), new XGBoostDataSet(x.Columns([0, 1]), y)));
    }

    [Fact]
    public void Fit_GroupSizesNotCoveringRows_ThrowsArgumentException()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression(rows: 100);

        var error = Assert.Throws<ArgumentException>(() =>
            (s_learner with { Objective = "rank:pairwise" }).Fit(new XGBoostDataSet(x, y) { GroupSizes = [50, 40] }));

        Assert.Contains("90", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_ZeroRows_ReturnsEmpty()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression();
        using var model = s_learner.Fit(x, y);

        Assert.Empty(model.Predict(new Matrix(0, x.ColumnCount)));
    }

    [Fact]
    public void Learners_WithEqualExtraParameters_AreEqualRecords()
    {
        var a = s_learner with { Parameters = XGBoostParameters.Empty.With("gamma", "0.5").With("max_delta_step", "1") };
        var b = s_learner with { Parameters = [new("max_delta_step", "1"), new("gamma", "0.5")] };
        var c = s_learner with { Parameters = XGBoostParameters.Empty.With("gamma", "0.6").With("max_delta_step", "1") };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Contains("Parameters = { gamma = 0.5, max_delta_step = 1 }", a.ToString(), StringComparison.Ordinal);
    }

    private static double Rmse(double[] predicted, double[] y) =>
        Math.Sqrt(predicted.Zip(y, (p, t) => (p - t) * (p - t)).Average());
}
