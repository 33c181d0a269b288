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
}
