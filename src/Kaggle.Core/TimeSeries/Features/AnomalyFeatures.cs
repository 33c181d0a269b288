using Kaggle.Core.Data;

namespace Kaggle.Core.TimeSeries.Features;

/// <summary>
/// Per-point features for a supervised anomaly detector, computed on one standardised series without looking ahead:
/// each feature at point t uses points ≤ t only (trailing windows exclude t itself, so z-scores compare t with its
/// past). Missing points are forward-filled (the first ones with the mean, 0) and flagged. Windows are in grid
/// points (<see cref="Windows"/>); "one day" and "one week" earlier use the series' interval.
/// </summary>
public sealed record AnomalyFeatures
{
    /// <summary>Trailing window lengths, in points.</summary>
    public IReadOnlyList<int> Windows { get; init; } = [10, 60, 360];

    /// <summary>The window of the rolling quantiles (10 %, 50 %, 90 %); 0 leaves them out.</summary>
    public int QuantileWindow { get; init; } = 60;

    /// <summary>Smoothing factors of the EWMA residuals.</summary>
    public IReadOnlyList<double> EwmaAlphas { get; init; } = [0.3, 0.05];

    /// <summary>Seconds added to UTC for the calendar features (UTC+8 for the AIOps KPIs).</summary>
    public long UtcOffsetSeconds { get; init; } = 8 * 3600;

    private static readonly int[] s_lags = [1, 2, 5];
    private static readonly double[] s_quantiles = [0.1, 0.5, 0.9];

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string> { "value", "missing", "minute_of_day", "day_of_week", "donut_score" };
            names.AddRange(s_lags.Select(l => $"diff_{l}"));
            foreach (var w in Windows)
                names.AddRange([$"mean_{w}", $"std_{w}", $"z_{w}", $"min_gap_{w}", $"max_gap_{w}"]);
            if (QuantileWindow > 0) names.AddRange(s_quantiles.Select(q => $"q{q * 100:0}_gap_{QuantileWindow}"));
            names.AddRange(["diff_day", "diff_week", "diff_day_mean5"]);
            foreach (var a in EwmaAlphas) names.AddRange([$"ewma_resid_{a}", $"ewma_z_{a}"]);
            return names;
        }
    }

    /// <summary>
    /// The feature matrix of <paramref name="points"/> of <paramref name="series"/> (standardised values
    /// <paramref name="standardised"/>, one per grid point, missing points anything). <paramref name="donutScore"/> is
    /// Donut's score per grid point (NaN where none); empty gives NaN everywhere.
    /// </summary>
    public Matrix Compute(RegularSeries series, ReadOnlySpan<float> standardised, ReadOnlySpan<double> donutScore, ReadOnlySpan<int> points)
    {
        ArgumentNullException.ThrowIfNull(series);
        var n = series.Length;
        if (standardised.Length != n || (!donutScore.IsEmpty && donutScore.Length != n))
            throw new ArgumentException($"Series '{series.Id}' has {n} points but {standardised.Length} values and {donutScore.Length} Donut scores.", nameof(standardised));
        var x = new double[n];
        var last = 0.0;
        for (var t = 0; t < n; t++) x[t] = last = series.Missing[t] ? last : standardised[t];
        var columns = new List<double[]>
        {
            x,
            Map(n, t => series.Missing[t] ? 1 : 0),
            Map(n, t => TimeFeatures.MinuteOfDay(series.TimestampAt(t), UtcOffsetSeconds)),
            Map(n, t => TimeFeatures.DayOfWeek(series.TimestampAt(t), UtcOffsetSeconds)),
        };
        var scores = donutScore.IsEmpty ? null : donutScore.ToArray();
        columns.Add(Map(n, t => scores is null ? double.NaN : scores[t]));
        foreach (var lag in s_lags) columns.Add(Map(n, t => t >= lag ? x[t] - x[t - lag] : double.NaN));
        foreach (var w in Windows)
        {
            var (mean, std) = Rolling.MeanStd(x, w);
            var (min, max) = Rolling.MinMax(x, w);
            columns.Add(mean);
            columns.Add(std);
            columns.Add(Map(n, t => (x[t] - mean[t]) / Math.Max(std[t], 1e-3)));
            columns.Add(Map(n, t => x[t] - min[t]));
            columns.Add(Map(n, t => x[t] - max[t]));
        }
        if (QuantileWindow > 0)
            foreach (var quantile in Rolling.Quantiles(x, QuantileWindow, s_quantiles))
                columns.Add(Map(n, t => x[t] - quantile[t]));
        var day = (int)Math.Max(1, 86_400 / series.Interval);
        columns.Add(Map(n, t => Earlier(series, x, t, day)));
        columns.Add(Map(n, t => Earlier(series, x, t, 7 * day)));
        columns.Add(Map(n, t => DayMean(series, x, t, day)));
        foreach (var alpha in EwmaAlphas)
        {
            var (mean, std) = Rolling.Ewm(x, alpha);
            columns.Add(Map(n, t => x[t] - mean[t]));
            columns.Add(Map(n, t => (x[t] - mean[t]) / Math.Max(std[t], 1e-3)));
        }
        var matrix = new Matrix(points.Length, columns.Count);
        for (var r = 0; r < points.Length; r++)
            for (var c = 0; c < columns.Count; c++) matrix[r, c] = columns[c][points[r]];
        return matrix;
    }

    private static double Earlier(RegularSeries series, double[] x, int t, int lag) =>
        t >= lag && !series.Missing[t - lag] ? x[t] - x[t - lag] : double.NaN;

    // The difference to the mean of the 5 points around the same time one day earlier (all ≤ t − day + 2 < t).
    private static double DayMean(RegularSeries series, double[] x, int t, int day)
    {
        if (t < day + 2 || day < 3) return double.NaN;
        double sum = 0;
        for (var k = t - day - 2; k <= t - day + 2; k++) sum += x[k];
        return x[t] - (sum / 5);
    }

    private static double[] Map(int n, Func<int, double> f)
    {
        var result = new double[n];
        for (var t = 0; t < n; t++) result[t] = f(t);
        return result;
    }
}
