namespace Kaggle.Core.TimeSeries;

/// <summary>
/// Per-series standardisation z = (x − mean) / std, fitted on chosen points only (the training points that are
/// neither missing nor labelled anomalous, as Donut does), so no validation or test value leaks into it.
/// A constant series gets std 1.
/// </summary>
public sealed record SeriesScaler(double Mean, double Std)
{
    /// <summary>
    /// Fits on the points where <paramref name="use"/> is true, skipping missing points and labelled anomalies.
    /// Throws when no point qualifies (the caller chooses a fallback, such as all non-missing points).
    /// </summary>
    public static SeriesScaler Fit(RegularSeries series, ReadOnlySpan<bool> use)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (use.Length != series.Length)
            throw new ArgumentException($"Series '{series.Id}' has {series.Length} points but the mask has {use.Length}.", nameof(use));
        double sum = 0, sumSquares = 0;
        long count = 0;
        for (var i = 0; i < series.Length; i++)
        {
            if (!use[i] || series.Missing[i] || series.Labels[i] == 1) continue;
            sum += series.Values[i];
            count++;
        }
        if (count == 0) throw new ArgumentException($"Series '{series.Id}' has no non-missing normal point to fit its scaling on.", nameof(use));
        var mean = sum / count;
        for (var i = 0; i < series.Length; i++)
        {
            if (!use[i] || series.Missing[i] || series.Labels[i] == 1) continue;
            var d = series.Values[i] - mean;
            sumSquares += d * d;
        }
        var std = Math.Sqrt(sumSquares / count);
        return new SeriesScaler(mean, std > 1e-12 ? std : 1);
    }

    /// <summary>The standardised values as float; missing points become 0 (the mean), as Donut fills them.</summary>
    public float[] Transform(RegularSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new float[series.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = series.Missing[i] ? 0f : (float)((series.Values[i] - Mean) / Std);
        return result;
    }
}
