using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Models.Trees;
using Kaggle.Runner.Train;

namespace Kaggle.Runner.Tests.Train;

public sealed class FitInsightTests
{
    private static HistGradientBoostingRegressionModel Booster(bool watchValidation)
    {
        var x = new Matrix(40, 1);
        var y = new double[40];
        for (var i = 0; i < 40; i++) x[i, 0] = y[i] = 1 + (i % 2);
        var learner = new HistGradientBoostingRegressor { Rounds = 5, LearningRate = 0.5, MinChildSamples = 1 };
        return watchValidation
            ? learner.Fit(x, y, new EvaluationSet(new Matrix(2, 1, [1, 2]), [1, 2]))
            : learner.Fit(x, y);
    }

    [Fact]
    public void ValidationCurve_BoosterInsideTargetTransform_ReadsTheInnerCurve()
    {
        var inner = Booster(watchValidation: true);
        var wrapped = new TargetTransformModel<HistGradientBoostingRegressionModel>(inner, TargetTransform.Log);

        var curve = FitInsight.ValidationCurve(wrapped);

        Assert.NotNull(curve);
        Assert.Equal("validation loss", curve.Value.Metric);
        Assert.Equal(inner.ValidationLoss, curve.Value.Values);
    }

    [Fact]
    public void ValidationCurve_BoosterWithoutValidationSet_IsNull() =>
        Assert.Null(FitInsight.ValidationCurve(Booster(watchValidation: false)));

    [Fact]
    public void Importance_BoosterInsideTargetTransform_ReadsTheInnerGain()
    {
        var inner = Booster(watchValidation: false);
        IModel wrapped = new TargetTransformModel<HistGradientBoostingRegressionModel>(inner, TargetTransform.Log);

        var importance = FitInsight.Importance(wrapped);

        Assert.NotNull(importance);
        Assert.Equal("gain", importance.Value.Kind);
        Assert.Equal(inner.FeatureImportances(), importance.Value.Values);
    }
}
