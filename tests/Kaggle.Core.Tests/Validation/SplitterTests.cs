using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

public sealed class SplitterTests
{
    public static TheoryData<IFoldSplitter> Shuffled => new() { new KFold(5, true, 1), new StratifiedKFold(5, 1), new GroupKFold(5, true, 1) };

    private static readonly double[] s_labels = Enumerable.Range(0, 103).Select(i => i % 7 == 0 ? 1.0 : 0.0).ToArray();
    private static readonly int[] s_groups = Enumerable.Range(0, 103).Select(i => i / 4).ToArray();

    [Theory]
    [MemberData(nameof(Shuffled))]
    public void Split_AnyScheme_ValidatesEveryRowExactlyOnceAndNeverTrainsOnIt(IFoldSplitter splitter)
    {
        var folds = splitter.Split(103, s_labels, s_groups);

        var seen = new int[103];
        foreach (var fold in folds)
        {
            foreach (var row in fold.Validation) seen[row]++;
            Assert.Empty(fold.Train.Intersect(fold.Validation));
            Assert.Equal(103, fold.Train.Length + fold.Validation.Length);
            Assert.Equal(fold.Train.Order(), fold.Train);
        }
        Assert.All(seen, count => Assert.Equal(1, count));
    }

    [Theory]
    [MemberData(nameof(Shuffled))]
    public void Split_SameSeed_SameFolds_OtherSeed_OtherFolds(IFoldSplitter splitter)
    {
        var first = splitter.Split(103, s_labels, s_groups);
        var again = splitter.Split(103, s_labels, s_groups);
        var other = splitter.WithSeed(99).Split(103, s_labels, s_groups);

        Assert.Equal(first.Select(f => f.Validation), again.Select(f => f.Validation));
        Assert.NotEqual(first.Select(f => f.Validation), other.Select(f => f.Validation));
    }

    [Fact]
    public void KFold_SizesDifferByAtMostOne()
    {
        var sizes = new KFold(5).Split(103).Select(f => f.Validation.Length).ToArray();

        Assert.Equal([21, 21, 21, 20, 20], sizes);
    }

    [Fact]
    public void StratifiedKFold_KeepsClassProportionsInEveryFold()
    {
        var folds = new StratifiedKFold(5, 3).Split(103, s_labels);

        foreach (var fold in folds)
        {
            var positives = fold.Validation.Count(r => s_labels[r] == 1);
            Assert.InRange(positives, 2, 4);
        }
    }

    [Fact]
    public void StratifiedKFold_WithoutLabels_Throws()
    {
        Assert.Throws<ArgumentException>(() => new StratifiedKFold().Split(10));
    }

    [Fact]
    public void GroupKFold_KeepsEveryGroupInOneFold()
    {
        var folds = new GroupKFold(5).Split(103, groups: s_groups);

        foreach (var fold in folds)
        {
            var validationGroups = fold.Validation.Select(r => s_groups[r]).ToHashSet();
            Assert.DoesNotContain(fold.Train, r => validationGroups.Contains(s_groups[r]));
        }
    }

    [Fact]
    public void GroupKFold_FewerGroupsThanFolds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new GroupKFold(5).Split(8, groups: [0, 0, 1, 1, 2, 2, 3, 3]));

        Assert.Contains("at least 5 groups", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeSeriesSplit_TrainsOnlyOnThePast()
    {
        var folds = new TimeSeriesSplit(3, Gap: 2).Split(20);

        Assert.Equal(3, folds.Count);
        Assert.Equal(Enumerable.Range(5, 5), folds[0].Validation);
        Assert.Equal(Enumerable.Range(0, 3), folds[0].Train);
        Assert.Equal(Enumerable.Range(15, 5), folds[2].Validation);
        Assert.All(folds, f => Assert.True(f.Train.Max() < f.Validation.Min() - 2));
    }

    [Fact]
    public void KFold_MoreFoldsThanRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => new KFold(5).Split(3));
    }
}
