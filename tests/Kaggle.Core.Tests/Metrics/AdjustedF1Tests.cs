using Kaggle.Core.Metrics;

namespace Kaggle.Core.Tests.Metrics;

public sealed class AdjustedF1Tests
{
    // One series "a" sampled every 60 s from t = 0, one row per label.
    private static double Score(double[] actual, double[] predicted, int delay = 7)
    {
        var keys = new SeriesKeys(actual.Select(_ => "a").ToArray(), actual.Select((_, i) => 60L * i).ToArray());
        return new AdjustedF1 { Delay = delay }.Score(keys, actual, predicted);
    }

    private static double[] Ones(int count, int offset, int length)
    {
        var values = new double[length];
        for (var i = offset; i < offset + count; i++) values[i] = 1;
        return values;
    }

    [Fact]
    public void Score_HitAtDelayExactlySeven_WholeSegmentDetected()
    {
        // Segment at points 2..11 (10 points); hit at 2 + 7 = 9, the last point that still counts → TP 10, F1 1.
        var actual = Ones(10, 2, 14);
        var predicted = new double[14];
        predicted[9] = 1;

        Assert.Equal(1.0, Score(actual, predicted));
    }

    [Fact]
    public void Score_HitAtDelayEight_WholeSegmentMissed()
    {
        // Hit at 2 + 8 = 10, too late: the segment becomes all 0 → TP 0, FN 10, F1 0.
        var actual = Ones(10, 2, 14);
        var predicted = new double[14];
        predicted[10] = 1;

        Assert.Equal(0.0, Score(actual, predicted));
    }

    [Fact]
    public void Score_DelayZero_OnlyFirstPointCounts()
    {
        var actual = Ones(3, 1, 5);

        Assert.Equal(1.0, Score(actual, [0, 1, 0, 0, 0], delay: 0));
        Assert.Equal(0.0, Score(actual, [0, 0, 1, 0, 0], delay: 0));
    }

    [Fact]
    public void Score_SegmentsAtBothEdges_AdjustedSeparately()
    {
        // Segment A = points 0..2 detected at 1; segment B = points 7..9 (ends the series) missed; false positive at 5.
        // TP 3, FN 3, FP 1 → F1 = 6 / (6 + 1 + 3) = 0.6.
        double[] actual = [1, 1, 1, 0, 0, 0, 0, 1, 1, 1];
        double[] predicted = [0, 1, 0, 0, 0, 1, 0, 0, 0, 0];

        Assert.Equal(0.6, Score(actual, predicted), 12);
    }

    [Fact]
    public void Score_SegmentEndingTheSeries_DetectedAtItsLastPoint()
    {
        // Segment 3..5 is shorter than the delay; its last point is within the first 8 → TP 3.
        Assert.Equal(1.0, Score([0, 0, 0, 1, 1, 1], [0, 0, 0, 0, 0, 1]));
    }

    [Fact]
    public void Score_PredictionsOutsideSegmentsUnchanged_CountAsFalsePositives()
    {
        // No predicted point inside the segment: FN 2; FPs at 0 and 4 stay → F1 = 0 / (0 + 2 + 2) = 0.
        // With a hit in the segment: TP 2, FP 2 → 4 / 6.
        double[] actual = [0, 1, 1, 0, 0];

        Assert.Equal(0.0, Score(actual, [1, 0, 0, 0, 1]));
        Assert.Equal(4.0 / 6, Score(actual, [1, 0, 1, 0, 1]), 12);
    }

    [Fact]
    public void Score_MissingGridPoint_SplitsSegmentAndShiftsDelay()
    {
        // Timestamps 0, 60, 180, 240, ... (120 missing). Grid: 0 1 [2 missing] 3 4 ... The labels 1 at t = 60 and
        // t = 180 are two segments because the missing point counts as 0. Only t = 60 is hit → TP 1, FN 1 → 2 / 3.
        long[] t = [0, 60, 180, 240];
        double[] actual = [0, 1, 1, 0];
        double[] predicted = [0, 1, 0, 0];
        var keys = new SeriesKeys(["a", "a", "a", "a"], t);

        Assert.Equal(2.0 / 3, new AdjustedF1().Score(keys, actual, predicted), 12);
    }

    [Fact]
    public void Score_GapInsideDelayWindow_DelayCountsGridPointsNotRows()
    {
        // Segment rows at t = 0..7 (grid 0..7) and a row at grid 9 with label 0 after a missing point 8.
        // Segment of 8 labelled points starting at grid 0; the hit is the row at grid 7 → detected (7 ≤ 7).
        var t = new long[] { 0, 60, 120, 180, 240, 300, 360, 420, 540 };
        double[] actual = [1, 1, 1, 1, 1, 1, 1, 1, 0];
        double[] predicted = [0, 0, 0, 0, 0, 0, 0, 1, 0];
        var keys = new SeriesKeys(t.Select(_ => "a").ToArray(), t);

        Assert.Equal(1.0, new AdjustedF1().Score(keys, actual, predicted));
    }

    [Fact]
    public void Score_SeveralSeries_CountsConcatenatedNotAveraged()
    {
        // Series a: segment of 4 detected → TP 4. Series b (300 s): segment of 1 missed → FN 1, plus FP 1.
        // Concatenated: TP 4, FP 1, FN 1 → 8 / 10 = 0.8 (the mean of per-series F1, (1 + 0) / 2, would be 0.5).
        string[] series = ["a", "a", "a", "a", "b", "b", "b"];
        long[] t = [0, 60, 120, 180, 0, 300, 600];
        double[] actual = [1, 1, 1, 1, 0, 1, 0];
        double[] predicted = [1, 0, 0, 0, 1, 0, 0];
        var metric = new AdjustedF1();
        var keys = new SeriesKeys(series, t);

        var perSeries = metric.CountsPerSeries(keys, actual, predicted);

        Assert.Equal(0.8, metric.Score(keys, actual, predicted), 12);
        Assert.Equal(new F1Counts(4, 0, 0), perSeries["a"]);
        Assert.Equal(new F1Counts(0, 1, 1), perSeries["b"]);
    }

    [Fact]
    public void Score_UnsortedRows_SameAsSorted()
    {
        string[] series = ["b", "a", "a", "b", "a"];
        long[] t = [300, 120, 0, 0, 60];
        double[] actual = [1, 1, 0, 0, 1];
        double[] predicted = [0, 0, 0, 1, 1];
        // a: grid 0 1 2 labels 0 1 1, predicted 0 1 0 → segment detected, TP 2. b: labels 0 1, predicted 1 0 → FP 1, FN 1.

        Assert.Equal(4.0 / 6, new AdjustedF1().Score(new SeriesKeys(series, t), actual, predicted), 12);
    }

    [Fact]
    public void Score_ProbabilitiesAboveHalf_AreClassOne()
    {
        Assert.Equal(1.0, Score([0, 1, 1], [0.2, 0.7, 0.5]));
        Assert.Equal(0.0, Score([0, 1, 1], [0.2, 0.5, 0.5]));
    }

    [Fact]
    public void Score_DuplicateTimestamp_ThrowsNamingSeries()
    {
        var keys = new SeriesKeys(["kpi-x", "kpi-x"], [60, 60]);

        var error = Assert.Throws<ArgumentException>(() => new AdjustedF1().Score(keys, [0, 1], [0, 1]));

        Assert.Contains("kpi-x", error.Message);
        Assert.Contains("60", error.Message);
    }

    [Fact]
    public void Score_NonBinaryLabel_Throws()
    {
        Assert.Throws<ArgumentException>(() => Score([0, 2], [0, 1]));
    }

    [Fact]
    public void Score_LengthMismatch_Throws()
    {
        var keys = new SeriesKeys(["a", "a"], [0, 60]);

        Assert.Throws<ArgumentException>(() => new AdjustedF1().Score(keys, [0, 1], [0]));
    }

    [Fact]
    public void Score_SingleRowSeries_ScoredAsOnePoint()
    {
        var keys = new SeriesKeys(["a"], [42]);

        Assert.Equal(1.0, new AdjustedF1().Score(keys, [1], [1]));
    }
}
