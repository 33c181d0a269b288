using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class HistGradientBoostingRegressorTests
{
    private static readonly HistGradientBoostingRegressor s_stump = new()
    {
        Rounds = 1, LearningRate = 1, MaxLeaves = 2, MinChildSamples = 1, MinChildWeight = 0,
    };

    [Fact]
    public void Fit_SquaredError_StumpPredictsSideMeans()
    {
        var x = Matrix.FromColumn([0, 0, 1, 1]);

        var model = s_stump.Fit(x, [1, 3, 10, 14]);

        Assert.Equal([2.0, 2, 12, 12], model.Predict(x));
        Assert.Equal([7.0, 7, 7, 7], model.Predict(x, 0));
    }

    [Fact]
    public void Fit_AbsoluteError_LeavesAreResidualMedians()
    {
        var x = Matrix.FromColumn([0, 0, 0, 1, 1, 1]);

        var model = (s_stump with { Loss = RegressionLoss.AbsoluteError }).Fit(x, [1, 2, 100, 10, 11, 12]);

        // Start at the median 10; residual medians are −8 on the left and 1 on the right.
        Assert.Equal([2.0, 2, 2, 11, 11, 11], model.Predict(x));
    }

    [Fact]
    public void Fit_Huber_IsLessPulledByAnOutlierThanSquaredError()
    {
        var x = Matrix.FromColumn(Enumerable.Range(0, 40).Select(i => (double)(i % 2)).ToArray());
        var y = Enumerable.Range(0, 40).Select(i => (i % 2) * 10.0).ToArray();
        y[0] = 1000;
        var learner = new HistGradientBoostingRegressor { Rounds = 30, MaxLeaves = 2, MinChildSamples = 1 };

        var huber = (learner with { Loss = RegressionLoss.Huber, HuberDelta = 1 }).Fit(x, y).Predict(Matrix.FromColumn([0]))[0];
        var squared = learner.Fit(x, y).Predict(Matrix.FromColumn([0]))[0];

        Assert.True(Math.Abs(huber) < Math.Abs(squared) / 5, $"huber {huber} vs squared {squared}");
    }

    [Fact]
    public void Fit_EvaluationSetWorseAfterRoundOne_StopsAtRoundOne()
    {
        // Training y = x on x ∈ {0, 1}: with learning rate 0.5 the prediction at x = 1 climbs 0.5, 0.75, 0.875, ...
        // The evaluation rows (x = 1, y = 0.78) are closest after round 1 and only worse after it.
        var x = new Matrix(40, 1);
        var y = new double[40];
        for (var i = 0; i < 40; i++) x[i, 0] = y[i] = i % 2;
        var evaluation = new EvaluationSet(new Matrix(5, 1, [1, 1, 1, 1, 1]), [0.78, 0.78, 0.78, 0.78, 0.78]);

        var model = new HistGradientBoostingRegressor { Rounds = 50, LearningRate = 0.5, MinChildSamples = 1, EarlyStoppingRounds = 2 }
            .Fit(x, y, evaluation);

        Assert.Equal(1, model.Rounds);
        Assert.Equal(3, model.ValidationLoss.Count);
        Assert.Equal(0.75, model.Predict(new Matrix(1, 1, [1]))[0], 12);
    }

    [Fact]
    public void Fit_EvaluationSet_StopsEarlyAndKeepsTheBestRound()
    {
        var (x, y) = Synthetic.Regression(rows: 150, seed: 3);
        var (vx, vy) = Synthetic.Regression(rows: 150, seed: 4);

        var model = new HistGradientBoostingRegressor { Rounds = 400, LearningRate = 0.5, MaxLeaves = 16, MinChildSamples = 2, EarlyStoppingRounds = 8 }
            .Fit(x, y, new EvaluationSet(vx, vy));

        var best = model.ValidationLoss.ToList().IndexOf(model.ValidationLoss.Min());
        Assert.Equal(best + 1, model.Rounds);
        Assert.Equal(best + 1 + 8, model.ValidationLoss.Count);
    }

    [Fact]
    public void Fit_HuberDeltaZero_Throws()
    {
        var (x, y) = Synthetic.Regression(rows: 30);

        Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingRegressor { Loss = RegressionLoss.Huber, HuberDelta = 0 }.Fit(x, y));
    }
}
