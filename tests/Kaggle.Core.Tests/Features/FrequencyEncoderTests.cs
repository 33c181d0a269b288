using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class FrequencyEncoderTests
{
    [Theory]
    // Training Embarked: S ×5, C ×1, Q ×1, missing ×1. New rows: X (unseen), missing, C.
    [InlineData(false, new[] { 0.0, 1, 1 }, 5.0)]
    [InlineData(true, new[] { 0.0, 0.125, 0.125 }, 0.625)]
    public void Transform_NewRows_TrainingFrequencies(bool normalize, double[] expected, double trainS)
    {
        var fitted = new FrequencyEncoder("Embarked") { Normalize = normalize }.FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal(expected, FrameAssert.Numbers(test, "Embarked"));
        Assert.Equal(trainS, fitted.Train.Numeric("Embarked")[0]);
    }

    [Fact]
    public void Transform_UnseenValueSet_UsedForUnseenLevel()
    {
        var fitted = new FrequencyEncoder("Embarked") { UnseenValue = 1 }.FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal(1, test.Numeric("Embarked")[0]);
    }

    [Fact]
    public void FitTransform_KeepOriginal_AddsFrequencyColumn()
    {
        var fitted = new FrequencyEncoder("Sex") { KeepOriginal = true }.FitTransform(FeatureSamples.Passengers(), default);

        Assert.Equal(["Sex", "Sex_frequency"], fitted.Train.Names.Where(n => n.StartsWith("Sex", StringComparison.Ordinal)));
        Assert.Equal(4, fitted.Train.Numeric("Sex_frequency")[0]);
    }
}
