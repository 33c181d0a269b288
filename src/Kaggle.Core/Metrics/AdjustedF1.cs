namespace Kaggle.Core.Metrics;

/// <summary>
/// The AIOps Challenge 2018 point-adjusted F1 (the KPI anomaly detection metric, delay 7 by default). Per series:
/// the rows go on a regular grid from the first timestamp with the smallest gap between timestamps as the interval
/// (grid index = ⌊(t − t₀) / interval⌋); grid points without a row count as label 0 and prediction 0. Each maximal
/// run of label 1 on the grid is one segment: when any of its first <see cref="Delay"/> + 1 points is predicted 1, the
/// whole segment is predicted 1, otherwise the whole segment is predicted 0. Predictions outside segments stay as
/// they are. The adjusted grids of all series are concatenated and the plain F1 of class 1 is the score.
/// https://arxiv.org/abs/1802.03903 (section 4.2 describes the adjustment).
/// </summary>
public sealed record AdjustedF1 : IKeyedMetric
{
    /// <summary>How many points after a segment's start may still detect it (7: points start … start + 7).</summary>
    public int Delay { get; init; } = 7;

    public string Name => "adjusted-f1";

    public bool HigherIsBetter => true;

    public double Score(SeriesKeys keys, ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        var total = default(F1Counts);
        foreach (var counts in CountsPerSeries(keys, actual, predicted).Values) total += counts;
        return total.F1;
    }

    /// <summary>The adjusted counts of each series (its own F1 is <see cref="F1Counts.F1"/>), keyed by series.</summary>
    public IReadOnlyDictionary<string, F1Counts> CountsPerSeries(SeriesKeys keys, ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(Delay);
        if (keys.Count == 0) throw new ArgumentException($"{Name}: there are no rows to score.", nameof(keys));
        if (actual.Length != keys.Count || predicted.Length != keys.Count)
            throw new ArgumentException($"{Name}: {keys.Count} keys, {actual.Length} actual values and {predicted.Length} predictions; all must match.", nameof(predicted));
        var result = new Dictionary<string, F1Counts>(StringComparer.Ordinal);
        foreach (var (series, rows) in keys.GroupBySeries())
        {
            var timestamps = new long[rows.Length];
            for (var i = 0; i < rows.Length; i++) timestamps[i] = keys.Timestamps[rows[i]];
            var grid = GridIndex(series, timestamps, out var length);
            var label = new byte[length];
            var guess = new byte[length];
            for (var i = 0; i < rows.Length; i++)
            {
                label[grid[i]] = Binary(actual[rows[i]], "actual", rows[i]) == 1 ? (byte)1 : (byte)0;
                guess[grid[i]] = predicted[rows[i]] > 0.5 ? (byte)1 : (byte)0;
                _ = Finite(predicted[rows[i]], rows[i]);
            }
            Adjust(label, guess, Delay);
            result[series] = F1Counts.Of(label, guess);
        }
        return result;
    }

    /// <summary>
    /// Applies the segment adjustment in place to one series' grid: every maximal run of 1 in <paramref name="label"/>
    /// becomes all 1 in <paramref name="predicted"/> when one of its first <paramref name="delay"/> + 1 points is 1,
    /// otherwise all 0. Points outside runs are left alone.
    /// </summary>
    public static void Adjust(ReadOnlySpan<byte> label, Span<byte> predicted, int delay)
    {
        if (label.Length != predicted.Length)
            throw new ArgumentException($"The label grid has {label.Length} points but the prediction grid has {predicted.Length}.", nameof(predicted));
        for (var start = 0; start < label.Length;)
        {
            if (label[start] == 0) { start++; continue; }
            var end = start;
            while (end < label.Length && label[end] == 1) end++;
            var detected = predicted.Slice(start, Math.Min(end, start + delay + 1) - start).Contains((byte)1);
            predicted[start..end].Fill(detected ? (byte)1 : (byte)0);
            start = end;
        }
    }

    /// <summary>
    /// The grid index of each timestamp of one series, ⌊(t − t₀) / interval⌋ with t₀ the earliest and the interval the
    /// smallest gap; <paramref name="length"/> is the grid size. A single row gives a grid of one point. Duplicate
    /// timestamps are an error naming the series and timestamp.
    /// </summary>
    public static int[] GridIndex(string series, ReadOnlySpan<long> timestamps, out int length)
    {
        var sorted = timestamps.ToArray();
        Array.Sort(sorted);
        var interval = long.MaxValue;
        for (var i = 1; i < sorted.Length; i++)
        {
            var gap = sorted[i] - sorted[i - 1];
            if (gap == 0) throw new ArgumentException($"Series '{series}' has timestamp {sorted[i]} twice; keys must be unique.", nameof(timestamps));
            interval = Math.Min(interval, gap);
        }
        if (sorted.Length <= 1) interval = 1;
        var span = (sorted[^1] - sorted[0]) / interval;
        if (span >= int.MaxValue) throw new ArgumentException($"Series '{series}' spans {span} grid points; too many to score.", nameof(timestamps));
        length = (int)span + 1;
        var index = new int[timestamps.Length];
        for (var i = 0; i < timestamps.Length; i++) index[i] = (int)((timestamps[i] - sorted[0]) / interval);
        return index;
    }

    private double Binary(double value, string side, int row) => value is 0 or 1
        ? value
        : throw new ArgumentException($"{Name}: {side}[{row}] is {value}; labels must be 0 or 1.", side);

    private double Finite(double value, int row) => double.IsFinite(value)
        ? value
        : throw new ArgumentException($"{Name}: predicted[{row}] is {value}; predictions must be finite.", "predicted");
}
