namespace Kaggle.XGBoost.Tests.Native;

public sealed class BoosterTrainingTests
{
    [Theory]
    [InlineData("[12]\tvalid-logloss:0.48123456789012345", "logloss", 0.48123456789012345)]
    [InlineData("[0]\tvalid-auc:0.9", "auc", 0.9)]
    [InlineData("[3]\tvalid-ndcg@5-:1", "ndcg@5-", 1.0)]
    [InlineData("[3]\ttrain-rmse:2\tvalid-rmse:1.5", "rmse", 1.5)]
    public void ParseEvaluation_XGBoostLine_GivesMetricAndScore(string line, string metric, double score)
    {
        var parsed = BoosterTraining.ParseEvaluation(line);

        Assert.Equal((metric, score), parsed);
    }

    [Fact]
    public void ParseEvaluation_NaNScore_GivesNaN()
    {
        Assert.True(double.IsNaN(BoosterTraining.ParseEvaluation("[1]\tvalid-rmse:nan").Score));
    }

    [Theory]
    [InlineData("logloss", 0.4, 0.5, true)]
    [InlineData("logloss", 0.5, 0.5, false)]
    [InlineData("auc", 0.9, 0.8, true)]
    [InlineData("aucpr", 0.7, 0.8, false)]
    [InlineData("ndcg@10", 0.9, 0.8, true)]
    [InlineData("map", 0.9, 0.8, true)]
    [InlineData("mape", 0.9, 0.8, false)]
    [InlineData("rmse", double.NaN, 0.8, false)]
    public void Improves_MetricDirection_FollowsThePythonBinding(string metric, double score, double best, bool improves)
    {
        Assert.Equal(improves, BoosterTraining.Improves(metric, score, best));
    }
}
