using System.Reflection;
using Kaggle.Core.Models.Trees;

namespace Kaggle.XGBoost.Tests;

/// <summary>Our histogram GBDT and XGBoost spell every knob they share the same way, with the same type and default seed.</summary>
public sealed class SharedKnobsTests
{
    public static TheoryData<string> SharedKnobs() =>
    [
        "Rounds", "LearningRate", "MaxDepth", "MaxLeaves", "MinChildWeight", "L2Regularization", "RowSubsample",
        "ColumnSubsample", "MaxBins", "EarlyStoppingRounds", "ValidationFraction", "Threads", "Seed",
    ];

    [Theory]
    [MemberData(nameof(SharedKnobs))]
    public void Property_SharedKnob_SameNameAndTypeInBothLearners(string name)
    {
        var ours = typeof(HistGradientBoostingSettings).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        var theirs = typeof(XGBoostLearner).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);

        Assert.NotNull(ours);
        Assert.NotNull(theirs);
        Assert.Equal(ours.PropertyType, theirs.PropertyType);
    }

    [Fact]
    public void Defaults_SeedAndNoLimit_AgreeAcrossLearners()
    {
        var ours = new HistGradientBoostingClassifier();
        var theirs = new XGBoostClassifier();

        Assert.Equal(42, ours.Seed);
        Assert.Equal(ours.Seed, theirs.Seed);
        Assert.Null(theirs.MaxLeaves);
    }
}
