using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>Validation and data preparation shared by the tree learners' <c>Fit</c>.</summary>
internal static class TreeFitting
{
    /// <summary>The thread count to use: <paramref name="threads"/>, or every core when it is 0.</summary>
    public static int ResolveThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads, "Threads");
        return threads == 0 ? Environment.ProcessorCount : threads;
    }

    public static void CheckGrowth(int? maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxBins)
    {
        if (maxDepth is { } depth) ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1, "MaxDepth");
        ArgumentOutOfRangeException.ThrowIfLessThan(minSamplesSplit, 2, "MinSamplesSplit");
        ArgumentOutOfRangeException.ThrowIfLessThan(minSamplesLeaf, 1, "MinSamplesLeaf");
        CheckBins(maxBins);
    }

    public static void CheckBins(int maxBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 2, "MaxBins");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBins, BinMapper.MaxValueBins, "MaxBins");
    }

    /// <summary>Bins <paramref name="x"/> once for the whole fit (cut points from a seeded sample when it is large).</summary>
    public static (BinMapper Mapper, BinnedMatrix Data) Bin(Matrix x, int maxBins, ReadOnlySpan<bool> categorical, long seed, int threads)
    {
        var mapper = BinMapper.Fit(x, maxBins, categorical, BinMapper.DefaultSampleSize, SplitMix64.Derive(seed, -1), threads);
        return (mapper, mapper.Transform(x, threads));
    }

    /// <summary>Class indices of <paramref name="y"/> (already checked by <see cref="Guard.ClassLabels"/>).</summary>
    public static int[] Classes(ReadOnlySpan<double> y)
    {
        var classes = new int[y.Length];
        for (var i = 0; i < y.Length; i++) classes[i] = (int)y[i];
        return classes;
    }

    /// <summary>The weights as an array (all ones when <paramref name="sampleWeight"/> is empty).</summary>
    public static double[] Weights(ReadOnlySpan<double> sampleWeight, int rowCount)
    {
        if (sampleWeight.IsEmpty)
        {
            var ones = new double[rowCount];
            Array.Fill(ones, 1.0);
            return ones;
        }
        return sampleWeight.ToArray();
    }

    /// <summary>The rows with positive weight, ascending; writes their count.</summary>
    public static int[] PositiveRows(double[] weights, out int count)
    {
        var rows = new int[weights.Length];
        count = 0;
        for (var i = 0; i < weights.Length; i++)
            if (weights[i] > 0) rows[count++] = i;
        return rows;
    }
}
