using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.TimeSeries;

/// <summary>
/// Rows of several time series as read from a file: series id, Unix timestamp (seconds), value (NaN when missing or
/// empty) and, for training rows, a 0/1 label. Rows may be in any order and interleave series.
/// </summary>
public sealed record SeriesRows
{
    public SeriesRows(string[] series, long[] timestamps, double[] values, double[]? labels = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(values);
        if (timestamps.Length != series.Length || values.Length != series.Length || (labels is not null && labels.Length != series.Length))
            throw new ArgumentException(
                $"Series rows need one series id, timestamp, value (and label) per row; got {series.Length}, {timestamps.Length}, {values.Length}, {labels?.Length.ToString() ?? "no"}.",
                nameof(values));
        if (labels is not null)
            for (var i = 0; i < labels.Length; i++)
                if (labels[i] is not (0 or 1))
                    throw new ArgumentException($"Row {i + 1}: label is {labels[i]}; labels must be 0 or 1.", nameof(labels));
        Series = series;
        Timestamps = timestamps;
        Values = values;
        Labels = labels;
    }

    public string[] Series { get; }

    public long[] Timestamps { get; }

    /// <summary>The values; NaN marks a missing (empty or NaN) value.</summary>
    public double[] Values { get; }

    /// <summary>The labels, or null for unlabelled (test) rows.</summary>
    public double[]? Labels { get; }

    public int Count => Series.Length;

    /// <summary>The (series, timestamp) keys, for <see cref="AdjustedF1"/>.</summary>
    public SeriesKeys Keys => new(Series, Timestamps);

    /// <summary>
    /// Reads the columns <paramref name="seriesColumn"/>, <paramref name="timeColumn"/> (integer Unix seconds),
    /// <paramref name="valueColumn"/> and optionally <paramref name="labelColumn"/> of <paramref name="frame"/>;
    /// a missing column, a fractional or missing timestamp, or a missing series id is an error naming <paramref name="source"/>,
    /// the column and the row.
    /// </summary>
    public static SeriesRows FromFrame(Frame frame, string source, string seriesColumn, string timeColumn, string valueColumn, string? labelColumn = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var name in new[] { seriesColumn, timeColumn, valueColumn, labelColumn })
            if (name is not null && !frame.Contains(name))
                throw new ArgumentException($"{source}: there is no column '{name}' (columns: {string.Join(", ", frame.Names)}).", nameof(frame));
        var series = new string[frame.RowCount];
        var column = frame[seriesColumn];
        for (var i = 0; i < series.Length; i++)
            series[i] = column.Format(i) ?? throw new ArgumentException($"{source}, row {i + 1}, column '{seriesColumn}': the series id is missing.", nameof(frame));
        var time = Numbers(frame, source, timeColumn);
        var timestamps = new long[time.Length];
        for (var i = 0; i < time.Length; i++)
            timestamps[i] = double.IsFinite(time[i]) && time[i] == Math.Floor(time[i])
                ? (long)time[i]
                : throw new ArgumentException($"{source}, row {i + 1}, column '{timeColumn}': '{time[i]}' is not a whole Unix timestamp.", nameof(frame));
        var values = Numbers(frame, source, valueColumn);
        for (var i = 0; i < values.Length; i++)
            if (double.IsInfinity(values[i])) values[i] = double.NaN;
        var labels = labelColumn is null ? null : Numbers(frame, source, labelColumn);
        for (var i = 0; labels is not null && i < labels.Length; i++)
            if (labels[i] is not (0 or 1))
                throw new ArgumentException($"{source}, row {i + 1}, column '{labelColumn}': the label is {labels[i]}; labels must be 0 or 1.", nameof(frame));
        return new SeriesRows(series, timestamps, values, labels);
    }

    private static double[] Numbers(Frame frame, string source, string name) => frame[name] is NumericColumn numeric
        ? numeric.ToArray()
        : throw new ArgumentException($"{source}, column '{name}': expected numbers but found {frame[name].Kind} values.", nameof(frame));
}
