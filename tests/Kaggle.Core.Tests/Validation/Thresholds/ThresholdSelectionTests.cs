using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation.Thresholds;

namespace Kaggle.Core.Tests.Validation.Thresholds;

public sealed class ThresholdSelectionTests
{
    [Fact]
    public void Best_SeparableBelowHalf_FindsTheGap()
    {
        double[] y = [0, 0, 0, 1, 1, 1];
        double[] p = [0.05, 0.10, 0.15, 0.25, 0.30, 0.90];

        var threshold = ThresholdSelection.Best(new F1(), y, p);

        Assert.Equal(0.20, threshold, precision: 12);
    }

    [Fact]
    public void Best_FewerRowsThanCandidates_MatchesExhaustiveSearchOfF1()
    {
        var (y, p) = Noisy(400, seed: 3);

        var threshold = ThresholdSelection.Best(new F1(), y, p);

        var best = 0.0;
        foreach (var t in p) best = Math.Max(best, F1At(y, p, t));
        Assert.Equal(best, F1At(y, p, threshold), precision: 12);
    }

    [Fact]
    public void Best_ManyRows_ThinnedGridWithinAHundredthOfExhaustive()
    {
        var (y, p) = Noisy(5000, seed: 7);

        var threshold = ThresholdSelection.Best(new F1(), y, p);

        var best = 0.0;
        foreach (var t in p.Where((_, i) => i % 5 == 0)) best = Math.Max(best, F1At(y, p, t));
        Assert.True(F1At(y, p, threshold) > best - 0.01);
    }

    [Fact]
    public void Best_FlatMetric_KeepsHalf()
    {
        double[] y = [1, 1, 1];
        double[] p = [0.9, 0.8, 0.7];

        var threshold = ThresholdSelection.Best(new Accuracy(), y, p);

        Assert.Equal(0.5, threshold);
    }

    [Fact]
    public void Best_NaNRowsIgnored_SameAsWithout()
    {
        var (y, p) = Noisy(200, seed: 5);
        var withNaN = (double[])p.Clone();
        withNaN[7] = double.NaN;
        var yWithout = y.Where((_, i) => i != 7).ToArray();
        var pWithout = p.Where((_, i) => i != 7).ToArray();

        var a = ThresholdSelection.Best(new F1(), y, withNaN);
        var b = ThresholdSelection.Best(new F1(), yWithout, pWithout);

        Assert.Equal(b, a);
    }

    [Fact]
    public void Best_NoProbabilities_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => ThresholdSelection.Best(new F1(), [1.0], [double.NaN]));

        Assert.Contains("No row has a probability", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_FoldThresholdIgnoresItsOwnFold()
    {
        var (y, p) = Noisy(300, seed: 11);
        var assignment = Enumerable.Range(0, 300).Select(i => i % 3).ToArray();
        var changed = (double[])p.Clone();
        for (var i = 0; i < changed.Length; i++)
            if (assignment[i] == 0) changed[i] = 1 - changed[i];

        var a = ThresholdSelection.Nested(new F1(), y, p, assignment);
        var b = ThresholdSelection.Nested(new F1(), y, changed, assignment);

        Assert.Equal(a.FoldThresholds[0], b.FoldThresholds[0]);
        Assert.NotEqual(a.FoldThresholds[1], b.FoldThresholds[1]);
    }

    [Fact]
    public void Nested_ScoresEachFoldAtItsThreshold_AndNeverBeatsInSample()
    {
        var (y, p) = Noisy(600, seed: 17);
        var assignment = Enumerable.Range(0, 600).Select(i => i % 5).ToArray();

        var nested = ThresholdSelection.Nested(new F1(), y, p, assignment);

        var fold2 = Enumerable.Range(0, 600).Where(i => assignment[i] == 2).ToArray();
        var expected = F1At([.. fold2.Select(i => y[i])], [.. fold2.Select(i => p[i])], nested.FoldThresholds[2]);
        Assert.Equal(expected, nested.FoldScores[2], precision: 12);
        Assert.True(nested.OutOfFoldScore <= F1At(y, p, nested.Threshold) + 1e-12);
        Assert.Equal(ThresholdSelection.Best(new F1(), y, p), nested.Threshold);
    }

    [Fact]
    public void Nested_OneFold_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => ThresholdSelection.Nested(new F1(), [0.0, 1], [0.2, 0.8], [0, 0]));

        Assert.Contains("at least 2 folds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Recentre_CutAtThresholdBecomesCutAtHalf(double threshold)
    {
        double[] p = [0, 0.1, 0.29, 0.3, 0.31, 0.5, 0.79, 0.8, 0.81, 1];

        var mapped = p.Select(v => ThresholdSelection.Recentre(v, threshold)).ToArray();

        for (var i = 0; i < p.Length; i++)
        {
            Assert.Equal(p[i] > threshold, mapped[i] > 0.5);
            Assert.InRange(mapped[i], 0, 1);
            if (i > 0) Assert.True(mapped[i] >= mapped[i - 1]);
        }
    }

    [Fact]
    public void Recentre_ThresholdOutsideUnitInterval_Throws()
    {
        Assert.Throws<ArgumentException>(() => ThresholdSelection.Recentre(0.5, 1));
    }

    private static double F1At(double[] y, double[] p, double threshold) =>
        new F1().Score(y, Matrix.FromColumn([.. p.Select(v => v > threshold ? 1.0 : 0.0)]));

    /// <summary>Labels with a 30% positive rate and probabilities that rank them imperfectly, on the low side of 0.5.</summary>
    private static (double[] Y, double[] P) Noisy(int n, int seed)
    {
        var random = new SplitMix64(seed);
        var y = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = random.NextDouble() < 0.3 ? 1 : 0;
            p[i] = Math.Clamp((0.25 * y[i]) + (0.45 * random.NextDouble()), 0, 1);
        }
        return (y, p);
    }
}
