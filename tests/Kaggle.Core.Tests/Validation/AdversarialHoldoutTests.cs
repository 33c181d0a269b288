using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

public sealed class AdversarialHoldoutTests
{
    [Fact]
    public void Split_QuarterOfEight_ValidatesTheTwoMostTestLikeRows()
    {
        var holdout = new AdversarialHoldout([0.1, 0.9, 0.2, 0.3, 0.8, 0.1, 0.0, 0.4], 0.25);

        var fold = Assert.Single(holdout.Split(8));

        Assert.Equal([1, 4], fold.Validation);
        Assert.Equal([0, 2, 3, 5, 6, 7], fold.Train);
    }

    [Fact]
    public void Split_Ties_BrokenByRowOrderAndSameForEverySeedAndTarget()
    {
        var holdout = new AdversarialHoldout([0.5, 0.5, 0.5, 0.5], 0.5);

        var a = holdout.Split(4, [0, 1, 0, 1]).Single();
        var b = holdout.WithSeed(99).Split(4, [1, 1, 1, 0]).Single();

        Assert.Equal([0, 1], a.Validation);
        Assert.Equal(a.Validation, b.Validation);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Split_FractionOutsideZeroOne_Throws(double fraction)
    {
        var holdout = new AdversarialHoldout([0.1, 0.2], fraction);

        Assert.Throws<ArgumentOutOfRangeException>(() => holdout.Split(2));
    }

    [Fact]
    public void Split_RowCountDiffersFromScores_ThrowsNamingBoth()
    {
        var holdout = new AdversarialHoldout([0.1, 0.2], 0.5);

        var error = Assert.Throws<ArgumentException>(() => holdout.Split(3));

        Assert.Contains("2 rows but 3", error.Message);
    }

    [Fact]
    public void AdversarialScores_TargetPermuted_SameHoldout()
    {
        // The adversarial classifier's label is "is a test row": the competition's target cannot move the hold-out.
        var rng = new SplitMix64(5);
        var train = new Frame(new NumericColumn("x", [.. Enumerable.Range(0, 60).Select(i => i < 45 ? rng.NextDouble() : 3 + rng.NextDouble())]));
        var test = new Frame(new NumericColumn("x", [.. Enumerable.Range(0, 30).Select(_ => 3 + rng.NextDouble())]));
        var spec = new ModelSpec("tree", new FeaturePipeline(), _ => new DecisionTreeClassifier { MaxDepth = 3 });
        var scores = AdversarialValidation.Run(spec, train, test).TestLikeness;
        var holdout = new AdversarialHoldout(scores, 0.25);

        var first = holdout.Split(60, [.. Enumerable.Range(0, 60).Select(i => (double)(i % 2))]).Single();
        var second = holdout.Split(60, [.. Enumerable.Range(0, 60).Select(i => (double)(i / 30))]).Single();

        Assert.Equal(first.Validation, second.Validation);
        Assert.True(first.Validation.Count(r => r >= 45) >= 13, string.Join(", ", first.Validation)); // the shifted rows, up to the tree's noise
    }
}
