namespace Kaggle.Core.Features;

/// <summary>Summary statistics over the observed (non-NaN) values, as the feature steps fit them.</summary>
internal static class Statistics
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>The median of the non-NaN values (mean of the two middle ones for an even count); NaN when there are none.</summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        var observed = Observed(values);
        if (observed.Length == 0) return double.NaN;
        Array.Sort(observed);
        var mid = observed.Length / 2;
        return observed.Length % 2 == 1 ? observed[mid] : (observed[mid - 1] + observed[mid]) / 2;
    }

    /// <summary>The most frequent non-NaN value, the smallest among ties; NaN when there are none.</summary>
    public static double MostFrequent(ReadOnlySpan<double> values)
    {
        var observed = Observed(values);
        if (observed.Length == 0) return double.NaN;
        Array.Sort(observed);
        double best = observed[0], run = observed[0];
        int bestCount = 0, runCount = 0;
        foreach (var v in observed)
        {
            if (v == run) runCount++;
            else (run, runCount) = (v, 1);
            // Strictly greater: the earlier (smaller) value keeps a tie.
            if (runCount > bestCount) (best, bestCount) = (run, runCount);
        }
        return best;
    }

    /// <summary>The population variance of the non-NaN values around <paramref name="mean"/> (sklearn's StandardScaler uses ddof 0).</summary>
    public static double Variance(ReadOnlySpan<double> values, double mean)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += (v - mean) * (v - mean);
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }

    public static double[] Observed(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) count++;
        var result = new double[count];
        var k = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) result[k++] = v;
        return result;
    }
}
