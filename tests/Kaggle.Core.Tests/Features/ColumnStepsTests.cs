using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class ColumnStepsTests
{
    [Fact]
    public void DropColumns_Absent_ThrowsUnlessIgnored()
    {
        var frame = FeatureSamples.NewPassengers();

        Assert.Throws<KeyNotFoundException>(() => new DropColumns("Cabin").FitTransform(frame, default));
        var result = new DropColumns("Cabin", "Name") { IgnoreMissing = true }.FitTransform(frame, default).Train;

        Assert.Equal(["Age", "Fare", "Sex", "Embarked", "Title"], result.Names);
    }

    [Fact]
    public void SelectColumns_KeepsGivenOrder()
    {
        var fitted = new SelectColumns("Fare", "Age").FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal(["Fare", "Age"], test.Names);
    }

    [Fact]
    public void TextToCategorical_AllText_ConvertsOnlyText()
    {
        var result = new TextToCategorical().FitTransform(FeatureSamples.NewPassengers(), default).Train;

        Assert.Equal(ColumnKind.Categorical, result["Name"].Kind);
        Assert.Equal("Jones", result.Categorical("Name")[1]);
        Assert.Equal(ColumnKind.Numeric, result["Age"].Kind);
    }
}
