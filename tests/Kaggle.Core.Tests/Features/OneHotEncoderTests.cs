using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class OneHotEncoderTests
{
    // Training Embarked: S, C, S, S, NA, S, Q, S → S ×5, C ×1, Q ×1, one missing.
    private static Frame Encode(OneHotEncoder encoder, out Frame train)
    {
        var fitted = encoder.FitTransform(FeatureSamples.Passengers(), default);
        train = fitted.Train;
        return fitted.Step.Transform(FeatureSamples.NewPassengers()); // Embarked: X (unseen), NA, C
    }

    [Fact]
    public void Transform_Default_SortedLevelsThenMissingAndUnseenIsAllZeros()
    {
        var test = Encode(new OneHotEncoder("Embarked"), out var train);

        Assert.Equal(["Age", "Fare", "Sex", "Embarked=C", "Embarked=Q", "Embarked=S", "Embarked=NA", "Title", "Name"], test.Names);
        Assert.Equal([0.0, 0, 1], FrameAssert.Numbers(test, "Embarked=C"));
        Assert.Equal([0.0, 0, 0], FrameAssert.Numbers(test, "Embarked=S"));
        Assert.Equal([0.0, 1, 0], FrameAssert.Numbers(test, "Embarked=NA"));
        Assert.Equal([1.0, 0, 1, 1, 0, 1, 0, 1], FrameAssert.Numbers(train, "Embarked=S"));
        Assert.Equal([0.0, 0, 0, 0, 1, 0, 0, 0], FrameAssert.Numbers(train, "Embarked=NA"));
    }

    [Theory]
    [InlineData(2, 0.0)]
    [InlineData(1, 0.2)] // 0.2 × 8 rows = 1.6 > 1
    public void Transform_RareLevels_GroupedAsOtherWithUnseen(int minCount, double minFraction)
    {
        var test = Encode(new OneHotEncoder("Embarked") { MinCount = minCount, MinFraction = minFraction }, out var train);

        Assert.Equal(["Embarked=S", "Embarked=other", "Embarked=NA"], test.Names.Where(n => n.StartsWith("Embarked", StringComparison.Ordinal)));
        Assert.Equal([1.0, 0, 1], FrameAssert.Numbers(test, "Embarked=other"));
        Assert.Equal([0.0, 1, 0, 0, 0, 0, 1, 0], FrameAssert.Numbers(train, "Embarked=other"));
    }

    [Fact]
    public void Transform_MissingAsLevelOff_MissingIsAllZeros()
    {
        var test = Encode(new OneHotEncoder("Embarked") { MissingAsLevel = false }, out _);

        Assert.Equal(["Embarked=C", "Embarked=Q", "Embarked=S"], test.Names.Where(n => n.StartsWith("Embarked", StringComparison.Ordinal)));
        Assert.Equal([0.0, 0, 0], [test.Numeric("Embarked=C")[1], test.Numeric("Embarked=Q")[1], test.Numeric("Embarked=S")[1]]);
    }

    [Fact]
    public void Transform_DropFirst_DropsFirstSortedLevel()
    {
        var test = Encode(new OneHotEncoder("Sex") { DropFirst = true }, out _);

        Assert.Equal(["Age", "Fare", "Sex=male", "Embarked", "Title", "Name"], test.Names);
        Assert.Equal([0.0, 1, 1], FrameAssert.Numbers(test, "Sex=male"));
    }

    [Fact]
    public void FitTransform_NoColumnsNamed_EncodesEveryCategoricalButNotText()
    {
        var fitted = new OneHotEncoder().FitTransform(FeatureSamples.Passengers(), default);

        Assert.False(fitted.Train.Contains("Sex"));
        Assert.False(fitted.Train.Contains("Title"));
        Assert.True(fitted.Train.Contains("Title=Master"));
        Assert.Equal(ColumnKind.Text, fitted.Train["Name"].Kind);
    }

    [Fact]
    public void FitTransform_DifferentRowOrder_SameColumns()
    {
        var train = FeatureSamples.Passengers();
        var reversed = train.Rows([7, 6, 5, 4, 3, 2, 1, 0]);

        var a = new OneHotEncoder("Title").FitTransform(train, default).Train;
        var b = new OneHotEncoder("Title").FitTransform(reversed, default).Train;

        Assert.Equal(a.Names, b.Names);
    }

    [Fact]
    public void Encodings_ReportRareLevelsAndOutputNames()
    {
        var fitted = new OneHotEncoder("Embarked") { MinCount = 2 }.FitTransform(FeatureSamples.Passengers(), default);

        var encoding = Assert.Single(((OneHotEncoderModel)fitted.Step).Encodings);

        Assert.Equal(["C", "Q"], encoding.RareLevels);
        Assert.Equal(["Embarked=S", "Embarked=other", "Embarked=NA"], encoding.OutputNames);
    }

    [Fact]
    public void Transform_NumericCodes_LevelsSortedByValue()
    {
        var train = new Frame(new NumericColumn("Pclass", [3, 1, 10, 2, double.NaN]));

        var fitted = new OneHotEncoder("Pclass").FitTransform(train, default);
        var test = fitted.Step.Transform(new Frame(new NumericColumn("Pclass", [2, 4])));

        Assert.Equal(["Pclass=1", "Pclass=2", "Pclass=3", "Pclass=10", "Pclass=NA"], test.Names);
        Assert.Equal([1.0, 0], FrameAssert.Numbers(test, "Pclass=2"));
    }
}
