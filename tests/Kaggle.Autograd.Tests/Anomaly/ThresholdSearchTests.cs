using Kaggle.Autograd.Anomaly;
using Kaggle.Core.Metrics;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Tests.Anomaly;

public sealed class ThresholdSearchTests
{
    private static RegularSeries Series(double[] labels) =>
        SeriesGrid.Build(new SeriesRows(labels.Select(_ => "a").ToArray(), labels.Select((_, i) => 60L * i).ToArray(), new double[labels.Length], labels)).Series[0];

    [Fact]
    public void Best_SegmentStartScoresHigh_ThresholdDetectsItWithoutFalseAlarms()
    {
        // Segment 4..7; only its first point scores 0.9, noise elsewhere below 0.5 → 0.9 gives TP 4, F1 1; the
        // threshold then moves to the middle of the gap to the next lower score, 0.45 → 0.675.
        var series = Series([0, 0, 0, 0, 1, 1, 1, 1, 0, 0]);
        double[] scores = [0.1, 0.4, 0.2, 0.3, 0.9, 0.2, 0.1, 0.3, 0.45, 0.2];

        var (threshold, counts) = ThresholdSearch.Best(series, 0, 10, scores, delay: 7);

        Assert.Equal(0.675, threshold, 12);
        Assert.Equal(new F1Counts(4, 0, 0), counts);
    }

    [Fact]
    public void Best_NoAnomalies_ThresholdAboveEveryScore()
    {
        // Every threshold gives F1 0 here; the search must keep "no alarm" rather than the lowest tied threshold.
        var series = Series([0, 0, 0, 0]);

        var (threshold, counts) = ThresholdSearch.Best(series, 0, 4, [0.1, 0.7, 0.3, 0.2], delay: 7);

        Assert.True(threshold > 0.7);
        Assert.Equal(default, counts);
    }

    [Fact]
    public void Evaluate_SubRange_OnlyCountsPointsInRange()
    {
        // Range 2..5 holds the segment 3..4 (hit at 3) and the false alarm at 5; the hit at 0 is outside.
        var series = Series([1, 0, 0, 1, 1, 0]);

        var counts = ThresholdSearch.Evaluate(series, 2, 6, [0, 1, 0, 1], threshold: 0.5, delay: 7);

        Assert.Equal(new F1Counts(2, 1, 0), counts);
    }

    [Fact]
    public void HeldOut_ThresholdOfEachHalfScoredOnTheOther_AddsBothHalvesCounts()
    {
        // Halves 0..5 (segment 1..2) and 6..11 (segment 9..10). Early half: 0.8 alone detects its segment (F1 1),
        // moved to the gap below → 0.55. Late half: 0.5 detects its segment with one false alarm at 8 (F1 0.8), moved
        // to the gap below → 0.4. Scored across: 0.55 on the late half alarms only at 8 (FP 1, segment missed: FN 2);
        // 0.4 on the early half alarms only at 1 (segment detected: TP 2).
        var series = Series([0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
        double[] scores = [0.1, 0.8, 0.2, 0.3, 0.1, 0.2, 0.1, 0.2, 0.6, 0.5, 0.1, 0.3];

        var counts = ThresholdSearch.HeldOut(series, 0, 12, scores, delay: 7);

        Assert.Equal(new F1Counts(2, 1, 2), counts);
        Assert.True(counts.F1 < ThresholdSearch.Best(series, 0, 12, scores, delay: 7).Counts.F1);
    }

    [Fact]
    public void HeldOut_SharedThreshold_OneChosenOnAllEarlyHalvesScoresEveryLateHalf()
    {
        // Two series of 4 points, halves 0..1 and 2..3. Series a: segment at 1 (score 0.9) and at 3 (0.9); series b:
        // no anomaly, scores up to 0.5. One threshold over both early halves: 0.9 detects a's point 1 without false
        // alarms (lowest tied 0.9, moved to the gap below → (0.9 + 0.5) / 2 = 0.7); over both late halves the same.
        // Scored across: each late half (and early half) meets 0.7: a's segment detected, b silent → TP 2 in all.
        var a = Series([0, 1, 0, 1]);
        var b = Series([0, 0, 0, 0]);
        ScoredSpan[] spans = [new(a, 0, 4, new double[] { 0.1, 0.9, 0.2, 0.9 }), new(b, 0, 4, new double[] { 0.5, 0.3, 0.4, 0.5 })];

        Assert.Equal(new F1Counts(2, 0, 0), ThresholdSearch.HeldOut(spans, shared: true, delay: 7));
        // Per series instead, b's halves choose "no alarm" and a's choose (0.9 + 0.1) / 2 = 0.5: the same counts here.
        Assert.Equal(new F1Counts(2, 0, 0), ThresholdSearch.HeldOut(spans, shared: false, delay: 7));
        Assert.Equal(0.7, ThresholdSearch.Best(spans, delay: 7).Threshold, 12);
    }
}
