namespace Kaggle.Core.TimeSeries.Features;

/// <summary>
/// Trailing-window statistics: the value at t summarises points t − w … t − 1 (never t itself or later), NaN while
/// fewer than w points precede t. Inputs hold no NaN (missing points are forward-filled first).
/// </summary>
internal static class Rolling
{
    /// <summary>Trailing mean and standard deviation from prefix sums (in double, so long series keep precision).</summary>
    public static (double[] Mean, double[] Std) MeanStd(ReadOnlySpan<double> x, int w)
    {
        var n = x.Length;
        var sum = new double[n + 1];
        var squares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            sum[i + 1] = sum[i] + x[i];
            squares[i + 1] = squares[i] + (x[i] * x[i]);
        }
        var mean = new double[n];
        var std = new double[n];
        for (var t = 0; t < n; t++)
        {
            if (t < w) { mean[t] = std[t] = double.NaN; continue; }
            var m = (sum[t] - sum[t - w]) / w;
            mean[t] = m;
            std[t] = Math.Sqrt(Math.Max(0, ((squares[t] - squares[t - w]) / w) - (m * m)));
        }
        return (mean, std);
    }

    /// <summary>Trailing minimum and maximum with monotonic deques (O(n)).</summary>
    public static (double[] Min, double[] Max) MinMax(ReadOnlySpan<double> x, int w)
    {
        var n = x.Length;
        var min = new double[n];
        var max = new double[n];
        var low = new int[n];
        var high = new int[n];
        int lowHead = 0, lowTail = 0, highHead = 0, highTail = 0;
        for (var t = 0; t < n; t++)
        {
            // The deques hold indices t − w … t − 1 here.
            while (lowHead < lowTail && low[lowHead] < t - w) lowHead++;
            while (highHead < highTail && high[highHead] < t - w) highHead++;
            min[t] = t < w ? double.NaN : x[low[lowHead]];
            max[t] = t < w ? double.NaN : x[high[highHead]];
            while (lowTail > lowHead && x[low[lowTail - 1]] >= x[t]) lowTail--;
            low[lowTail++] = t;
            while (highTail > highHead && x[high[highTail - 1]] <= x[t]) highTail--;
            high[highTail++] = t;
        }
        return (min, max);
    }

    /// <summary>Trailing quantiles (linear interpolation, as numpy's default) from a sorted window kept up to date.</summary>
    public static double[][] Quantiles(ReadOnlySpan<double> x, int w, ReadOnlySpan<double> levels)
    {
        var n = x.Length;
        var result = new double[levels.Length][];
        for (var q = 0; q < levels.Length; q++) result[q] = new double[n];
        var sorted = new List<double>(w + 1);
        for (var t = 0; t < n; t++)
        {
            for (var q = 0; q < levels.Length; q++)
            {
                if (t < w) { result[q][t] = double.NaN; continue; }
                var position = levels[q] * (w - 1);
                var below = (int)Math.Floor(position);
                var above = Math.Min(below + 1, w - 1);
                result[q][t] = sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
            }
            var at = sorted.BinarySearch(x[t]);
            sorted.Insert(at < 0 ? ~at : at, x[t]);
            if (t >= w)
            {
                var old = sorted.BinarySearch(x[t - w]);
                sorted.RemoveAt(old);
            }
        }
        return result;
    }

    /// <summary>
    /// Exponentially weighted mean and standard deviation of points before t (smoothing <paramref name="alpha"/>),
    /// so x[t] − mean[t] is a one-step-ahead residual.
    /// </summary>
    public static (double[] Mean, double[] Std) Ewm(ReadOnlySpan<double> x, double alpha)
    {
        var n = x.Length;
        var mean = new double[n];
        var std = new double[n];
        double m = 0, v = 0;
        for (var t = 0; t < n; t++)
        {
            mean[t] = t == 0 ? double.NaN : m;
            std[t] = t == 0 ? double.NaN : Math.Sqrt(v);
            if (t == 0) { m = x[0]; continue; }
            var d = x[t] - m;
            m += alpha * d;
            v = (1 - alpha) * (v + (alpha * d * d));
        }
        return (mean, std);
    }
}
