using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class SimpleImputerTests
{
    [Theory]
    // Observed training ages: 22, 26, 35, 54, 2, 27 → sorted 2, 22, 26, 27, 35, 54.
    [InlineData(ImputeStrategy.Median, 26.5)]                 // (26 + 27) / 2
    [InlineData(ImputeStrategy.Mean, 27.666666666666668)]     // 166 / 6
    [InlineData(ImputeStrategy.MostFrequent, 2.0)]            // all tie at one → smallest
    [InlineData(ImputeStrategy.Constant, -1.0)]
    public void Transform_NewRows_FillsWithTrainingStatistic(ImputeStrategy strategy, double expected)
    {
        var imputer = new SimpleImputer("Age") { Strategy = strategy, FillValue = -1 };

        var fitted = imputer.FitTransform(FeatureSamples.Passengers(), default);
        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal([expected, 40, expected], FrameAssert.Numbers(test, "Age"));
        Assert.Equal(expected, FrameAssert.Numbers(fitted.Train, "Age")[1], 12);
    }

    [Fact]
    public void FitTransform_AddIndicator_PlacesMissingColumnAfterSource()
    {
        var imputer = new SimpleImputer("Age", "Embarked") { AddIndicator = true };

        var fitted = imputer.FitTransform(FeatureSamples.Passengers(), default);
        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal(["Age", "Age_missing", "Fare", "Sex", "Embarked", "Embarked_missing", "Title", "Name"], test.Names);
        Assert.Equal([1.0, 0, 1], FrameAssert.Numbers(test, "Age_missing"));
        Assert.Equal([0.0, 1, 0, 0, 1, 0, 0, 0], FrameAssert.Numbers(fitted.Train, "Age_missing"));
        Assert.Equal([0.0, 1, 0], FrameAssert.Numbers(test, "Embarked_missing"));
    }

    [Fact]
    public void Transform_Categorical_MostFrequentFillsMissingAndKeepsUnseen()
    {
        var fitted = new SimpleImputer("Embarked").FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers()).Categorical("Embarked");

        // Training Embarked: S ×5, C, Q → S. An unseen level is left for the encoder to handle.
        Assert.Equal("X,S,C", string.Join(',', test[0], test[1], test[2]));
    }

    [Fact]
    public void Transform_CategoricalConstant_AddsFillLevel()
    {
        var imputer = new SimpleImputer("Embarked") { CategoricalStrategy = ImputeStrategy.Constant, FillLevel = "None" };

        var fitted = imputer.FitTransform(FeatureSamples.Passengers(), default);

        Assert.Equal("None", fitted.Train.Categorical("Embarked")[4]);
        Assert.Equal(0, fitted.Train["Embarked"].MissingCount());
    }

    [Fact]
    public void FitTransform_NoColumnsNamed_ImputesNumericAndCategoricalButNotText()
    {
        var train = FeatureSamples.Passengers().With(new TextColumn("Name", ["a", null, "c", "d", "e", "f", "g", "h"]));

        var fitted = new SimpleImputer().FitTransform(train, default);

        Assert.Equal(0, fitted.Train["Age"].MissingCount());
        Assert.Equal(0, fitted.Train["Embarked"].MissingCount());
        Assert.Equal(1, fitted.Train["Name"].MissingCount());
    }

    [Fact]
    public void FitTransform_MeanOnCategoricalStrategy_Throws()
    {
        var imputer = new SimpleImputer { CategoricalStrategy = ImputeStrategy.Mean };

        Assert.Throws<ArgumentException>(() => imputer.FitTransform(FeatureSamples.Passengers(), default));
    }

    [Fact]
    public void Transform_ColumnAbsent_ThrowsNamingIt()
    {
        var fitted = new SimpleImputer("Age").FitTransform(FeatureSamples.Passengers(), default);

        var error = Assert.Throws<KeyNotFoundException>(() => fitted.Step.Transform(FeatureSamples.NewPassengers().Without("Age")));

        Assert.Contains("'Age'", error.Message, StringComparison.Ordinal);
    }
}
