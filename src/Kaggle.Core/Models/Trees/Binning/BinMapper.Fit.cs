using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

internal sealed partial class BinMapper
{
    /// <summary>
    /// Finds the bins of every feature of <paramref name="x"/>: at most <paramref name="maxBins"/> value bins each
    /// (≤ 255), from all rows or, when there are more than <paramref name="sampleSize"/>, from a row sample drawn with
    /// <paramref name="seed"/>. <paramref name="categorical"/> (empty: none) flags categorical features.
    /// </summary>
    public static BinMapper Fit(Matrix x, int maxBins, ReadOnlySpan<bool> categorical, int sampleSize, long seed, int threads)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBins, MaxValueBins);
        var featureCount = x.ColumnCount;
        var isCategorical = new bool[featureCount];
        categorical.CopyTo(isCategorical);
        var rows = SampleRows(x.RowCount, sampleSize, seed);
        var upper = new double[featureCount][];
        var valueBins = new int[featureCount];
        var categories = new int[]?[featureCount];
        var binOfCategory = new int[]?[featureCount];
        TreeParallel.For(featureCount, threads, f =>
        {
            var values = new double[rows?.Length ?? x.RowCount];
            var count = 0;
            var all = x.Array;
            for (var i = 0; i < values.Length; i++)
            {
                var row = rows is null ? i : rows[i];
                var v = all[(row * featureCount) + f];
                if (!double.IsNaN(v)) values[count++] = v;
            }
            if (isCategorical[f])
            {
                categories[f] = CategoryBins(values.AsSpan(0, count), maxBins, f);
                binOfCategory[f] = InverseLookup(categories[f]!);
                upper[f] = [];
                valueBins[f] = Math.Max(1, categories[f]!.Length);
            }
            else
            {
                upper[f] = NumericBounds(values.AsSpan(0, count), maxBins);
                valueBins[f] = CountFinite(upper[f]) + 1;
            }
        });
        return new BinMapper(upper, valueBins, categories, binOfCategory);
    }

    /// <summary>Ascending row indices of a seeded sample without replacement (Knuth's selection sampling), or null for all rows.</summary>
    private static int[]? SampleRows(int rowCount, int sampleSize, long seed)
    {
        if (rowCount <= sampleSize) return null;
        var random = new SplitMix64(seed);
        var rows = new int[sampleSize];
        var taken = 0;
        for (var i = 0; i < rowCount && taken < sampleSize; i++)
            if ((rowCount - i) * random.NextDouble() < sampleSize - taken)
                rows[taken++] = i;
        return rows;
    }

    /// <summary>
    /// Upper bounds of the value bins, padded to 256 with +inf. With at most <paramref name="maxBins"/> distinct values
    /// each gets its own bin; otherwise bins are closed greedily once they hold their share of the remaining rows,
    /// so heavy values keep a bin of their own and no more than <paramref name="maxBins"/> bins result.
    /// </summary>
    private static double[] NumericBounds(Span<double> values, int maxBins)
    {
        var bounds = new double[PaddedBins];
        Array.Fill(bounds, double.PositiveInfinity);
        values.Sort();
        var distinct = 0;
        for (var i = 0; i < values.Length; i++)
            if (i == 0 || values[i] != values[i - 1]) distinct++;
        if (distinct <= 1) return bounds;

        var binCount = 0;
        if (distinct <= maxBins)
        {
            for (var i = 1; i < values.Length; i++)
                if (values[i] != values[i - 1]) bounds[binCount++] = Midpoint(values[i - 1], values[i]);
            return bounds;
        }

        var inBin = 0;
        var remaining = values.Length;
        for (var i = 0; i < values.Length;)
        {
            var j = i;
            while (j < values.Length && values[j] == values[i]) j++;
            inBin += j - i;
            // Close the bin once it holds its share of what is left; the last bin takes everything that remains.
            var binsLeft = maxBins - binCount;
            if (j < values.Length && binsLeft > 1 && inBin * (double)binsLeft >= remaining)
            {
                bounds[binCount++] = Midpoint(values[i], values[j]);
                remaining -= inBin;
                inBin = 0;
            }
            i = j;
        }
        return bounds;
    }

    // A cut c with a ≤ c < b, so "x ≤ c" sends a left and b right even when a and b are neighbouring doubles;
    // a/2 + b/2 is scikit-learn's formula (no overflow), so exact trees get its thresholds to the last bit.
    private static double Midpoint(double a, double b)
    {
        if (double.IsInfinity(a) || double.IsInfinity(b)) return a;
        var mid = (a / 2) + (b / 2);
        return mid >= b || !double.IsFinite(mid) ? a : mid;
    }

    private static int CountFinite(double[] bounds)
    {
        var n = 0;
        while (n < bounds.Length && !double.IsPositiveInfinity(bounds[n])) n++;
        return n;
    }

    /// <summary>Category values by descending frequency (ties: smaller value first), at most <paramref name="maxBins"/>.</summary>
    private static int[] CategoryBins(ReadOnlySpan<double> values, int maxBins, int feature)
    {
        var counts = new Dictionary<int, int>();
        foreach (var v in values)
        {
            if (!IsCategoryValue(v))
                throw new ArgumentException(
                    $"Feature {feature} is categorical but holds {v}; categories must be integers in [0, {MaxCategoryValue}) or NaN for missing.", "x");
            counts[(int)v] = counts.GetValueOrDefault((int)v) + 1;
        }
        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxBins).Select(p => p.Key)];
    }

    private static int[] InverseLookup(int[] categories)
    {
        var lookup = new int[categories.Length == 0 ? 0 : categories.Max() + 1];
        Array.Fill(lookup, -1);
        for (var b = 0; b < categories.Length; b++) lookup[categories[b]] = b;
        return lookup;
    }
}
