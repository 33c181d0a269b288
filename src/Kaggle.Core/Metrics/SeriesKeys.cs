namespace Kaggle.Core.Metrics;

/// <summary>
/// The keys of time-series rows: which series (KPI) each row belongs to and its Unix timestamp in seconds.
/// Metrics that score per series on a time grid (<see cref="AdjustedF1"/>) need them beside the labels.
/// Rows may come in any order; (series, timestamp) must be unique.
/// </summary>
public sealed record SeriesKeys
{
    public SeriesKeys(IReadOnlyList<string> series, IReadOnlyList<long> timestamps)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(timestamps);
        if (series.Count != timestamps.Count)
            throw new ArgumentException($"There are {series.Count} series keys but {timestamps.Count} timestamps.", nameof(timestamps));
        Series = series;
        Timestamps = timestamps;
    }

    /// <summary>The series (KPI ID) of each row.</summary>
    public IReadOnlyList<string> Series { get; }

    /// <summary>The Unix timestamp (seconds) of each row.</summary>
    public IReadOnlyList<long> Timestamps { get; }

    public int Count => Series.Count;

    /// <summary>The keys of <paramref name="rows"/>, in that order (a validation subset).</summary>
    public SeriesKeys Rows(ReadOnlySpan<int> rows)
    {
        var series = new string[rows.Length];
        var timestamps = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            series[i] = Series[rows[i]];
            timestamps[i] = Timestamps[rows[i]];
        }
        return new SeriesKeys(series, timestamps);
    }

    /// <summary>Row indices grouped by series, in order of first appearance; each group in input order.</summary>
    public IReadOnlyList<(string Series, int[] Rows)> GroupBySeries()
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            if (!groups.TryGetValue(Series[i], out var list))
            {
                groups[Series[i]] = list = [];
                order.Add(Series[i]);
            }
            list.Add(i);
        }
        return order.Select(s => (s, groups[s].ToArray())).ToList();
    }
}
