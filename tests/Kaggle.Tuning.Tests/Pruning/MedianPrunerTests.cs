using Kaggle.Tuning.Pruning;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Tests.Pruning;

public sealed class MedianPrunerTests
{
    // Five complete trials whose running means after fold 1 are 1, 2, 3, 4, 5 (median 3).
    private static readonly TrialRecord[] s_complete =
        [.. Enumerable.Range(0, 5).Select(n => Synthetic.WithFolds(n, TrialState.Complete, n + 1, n + 1, n + 1))];

    [Theory]
    [InlineData(3.5, true)]
    [InlineData(3.0, false)]
    [InlineData(2.0, false)]
    public void ShouldPrune_Minimise_WhenWorseThanTheMedian(double runningMean, bool expected) =>
        Assert.Equal(expected, new MedianPruner().ShouldPrune(0, runningMean, s_complete, maximize: false));

    [Fact]
    public void ShouldPrune_Maximise_WhenBelowTheMedian()
    {
        Assert.True(new MedianPruner().ShouldPrune(1, 2.5, s_complete, maximize: true));
        Assert.False(new MedianPruner().ShouldPrune(1, 3.5, s_complete, maximize: true));
    }

    [Fact]
    public void ShouldPrune_FewerCompleteTrialsThanStartup_Never()
    {
        var pruned = new[] { Synthetic.WithFolds(9, TrialState.Pruned, 0.1) };

        Assert.False(new MedianPruner().ShouldPrune(0, 100, [.. s_complete.Take(4), .. pruned], maximize: false));
    }

    [Fact]
    public void ShouldPrune_BeforeWarmup_Never() =>
        Assert.False(new MedianPruner { WarmupSteps = 2 }.ShouldPrune(1, 100, s_complete, maximize: false));

    [Fact]
    public void ShouldPrune_UsesTheRunningMeanAtThatFold()
    {
        // Running means at fold 2 (step 1): (10 + 0) / 2 = 5 for all; a trial at 4.9 is better than that median.
        TrialRecord[] complete = [.. Enumerable.Range(0, 5).Select(n => Synthetic.WithFolds(n, TrialState.Complete, 10, 0))];

        Assert.False(new MedianPruner().ShouldPrune(1, 4.9, complete, maximize: false));
        Assert.True(new MedianPruner().ShouldPrune(1, 5.1, complete, maximize: false));
    }
}
