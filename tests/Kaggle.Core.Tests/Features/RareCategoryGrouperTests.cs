using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class RareCategoryGrouperTests
{
    [Fact]
    public void Transform_NewRows_RareAndUnseenBecomeOther()
    {
        // Training titles: Mr ×3, Mrs ×3, Miss ×1, Master ×1 → Miss and Master are rare with MinCount 2.
        var fitted = new RareCategoryGrouper("Title") { MinCount = 2 }.FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers()).Categorical("Title");
        var train = fitted.Train.Categorical("Title");

        Assert.Equal("other,Mr,Mr", string.Join(',', test[0], test[1], test[2]));
        Assert.Equal("other", train[2]);
        Assert.Equal(["Mr", "Mrs", "other"], train.Categories);
    }

    [Fact]
    public void Transform_Missing_StaysMissing()
    {
        var fitted = new RareCategoryGrouper("Embarked") { MinCount = 2 }.FitTransform(FeatureSamples.Passengers(), default);

        var embarked = fitted.Train.Categorical("Embarked");

        Assert.True(embarked.IsMissing(4));
        Assert.Equal("other", embarked[1]);
        Assert.Equal("S", embarked[0]);
    }

    [Fact]
    public void FitTransform_ThenOneHot_OtherIsAnOrdinaryLevel()
    {
        var pipeline = new FeaturePipeline(new RareCategoryGrouper("Title") { MinFraction = 0.25 }, new OneHotEncoder("Title"));

        var fitted = pipeline.FitTransform(FeatureSamples.Passengers(), default);

        Assert.Equal(["Title=Mr", "Title=Mrs", "Title=other"], fitted.Train.Names.Where(n => n.StartsWith("Title", StringComparison.Ordinal)));
        Assert.Equal([1.0, 0, 0], FrameAssert.Numbers(fitted.Step.Transform(FeatureSamples.NewPassengers()), "Title=other"));
    }
}
