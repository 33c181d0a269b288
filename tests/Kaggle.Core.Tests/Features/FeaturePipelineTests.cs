using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class FeaturePipelineTests
{
    private static FeaturePipeline Titanic() => new FeaturePipeline(
            new GroupMedianImputer("Age", "Title") { AddIndicator = true },
            new SimpleImputer("Embarked"))
        .Then(new Derive("AgeXFare", r => r.Number("Age") * r.Number("Fare")))
        .Then(new OneHotEncoder("Sex", "Embarked", "Title") { MinCount = 2 })
        .Then(new StandardScaler("Fare"))
        .Then(new DropColumns("Name"));

    [Fact]
    public void Transform_NewRows_AllNumericInOrder()
    {
        var fitted = Titanic().FitTransform(FeatureSamples.Passengers(), FeatureSamples.Survived());

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal(fitted.Train.Names, test.Names);
        Assert.Equal(3, test.ToMatrix().RowCount);
        // Embarked: X is unseen → other; the missing one was imputed to S before encoding; C is rare → other.
        Assert.Equal([1.0, 0, 1], FrameAssert.Numbers(test, "Embarked=other"));
        Assert.Equal([0.0, 1, 0], FrameAssert.Numbers(test, "Embarked=S"));
    }

    [Fact]
    public void FitTransform_StepOrder_LaterStepSeesEarlierOutput()
    {
        // Imputing Age before deriving from it gives no NaN; the other way round keeps NaN.
        var derive = new Derive("Age2", r => r.Number("Age") * 2);
        var impute = new SimpleImputer("Age");

        var imputeFirst = new FeaturePipeline(impute, derive).FitTransform(FeatureSamples.Passengers(), default).Train;
        var deriveFirst = new FeaturePipeline(derive, impute).FitTransform(FeatureSamples.Passengers(), default).Train;

        Assert.Equal(53, imputeFirst.Numeric("Age2")[1]);
        Assert.True(double.IsNaN(deriveFirst.Numeric("Age2")[1]));
    }

    [Fact]
    public void Then_LeavesOriginalUnchanged()
    {
        var pipeline = new FeaturePipeline(new SimpleImputer());

        var longer = pipeline.Then(new StandardScaler());

        Assert.Single(pipeline.Steps);
        Assert.Equal(2, longer.Steps.Count);
    }

    [Fact]
    public void FitTransform_StepDropsRows_Throws()
    {
        var pipeline = new FeaturePipeline(new RowDropper());

        Assert.Throws<InvalidOperationException>(() => pipeline.FitTransform(FeatureSamples.Passengers(), default));
    }

    [Fact]
    public void CountUnseenLevels_NewRows_CountsPerEncodedColumn()
    {
        var pipeline = new FeaturePipeline(
            new RareCategoryGrouper("Title") { MinCount = 2 },
            new OneHotEncoder("Title", "Embarked"),
            new FrequencyEncoder("Sex"));
        var fitted = pipeline.FitTransform(FeatureSamples.Passengers(), default);

        var counts = ((IUnseenLevelCounter)fitted.Step).CountUnseenLevels(FeatureSamples.NewPassengers());

        // Embarked X and title Dr are new (Dr is counted once, by the grouper); the missing Embarked is not counted.
        Assert.Equal(new Dictionary<string, int> { ["Title"] = 1, ["Embarked"] = 1 }, counts);
    }

    private sealed record RowDropper : IFeatureStep
    {
        public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) =>
            new(new SelectColumns(), train.Head(1));
    }
}
