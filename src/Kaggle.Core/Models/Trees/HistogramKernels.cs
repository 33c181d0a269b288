using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The gradient-histogram kernels of <see cref="HistogramTreeBuilder"/>. A histogram gives every feature
/// <see cref="SlotsPerFeature"/> bins of one entry each, <see cref="EntryWidth"/> doubles (sum of gradients, sum of
/// hessians, row count, padding): adding a row to a bin is one 256-bit load-add-store, and a feature's entries start
/// at a constant stride, so the kernel needs no per-feature offset table. Each vectorised kernel has a scalar
/// reference that the tests compare it with; both add in the same order, so they agree bit for bit.
/// </summary>
internal static unsafe class HistogramKernels
{
    public const int EntryWidth = 4;

    public const int SlotsPerFeature = 256;

    /// <summary>How many rows ahead scattered reads are prefetched.</summary>
    public const int PrefetchDistance = 16;

    private const int FeatureStride = SlotsPerFeature * EntryWidth;

    /// <summary>
    /// Adds rows <paramref name="rows"/>[i] (rows 0..count−1 when <paramref name="rows"/> is empty), i in
    /// [0, <paramref name="count"/>), to the histogram of features [<paramref name="firstFeature"/>,
    /// <paramref name="endFeature"/>). Row i's gradient pair is <paramref name="gradients"/>[2i], [2i+1] (gathered in
    /// row-list order), or [2·row], [2·row+1] when <paramref name="byRow"/> (read in place, for small leaves where a
    /// separate gather pass costs more than it saves).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Build(
        byte[] bins, int featureCount, ReadOnlySpan<int> rows, int count, ReadOnlySpan<double> gradients, bool byRow,
        int firstFeature, int endFeature, Span<double> histogram)
    {
        if (!Vector256.IsHardwareAccelerated || histogram.Length < featureCount * FeatureStride || !Fits(bins, featureCount, rows, count, gradients, byRow))
        {
            BuildScalar(bins, featureCount, rows, count, gradients, byRow, Range(firstFeature, endFeature), histogram);
            return;
        }
        var span = endFeature - firstFeature;
        var countOne = Vector128.Create(1.0, 0.0);
        fixed (byte* binBase = bins)
        fixed (int* rowPtr = rows)
        fixed (double* g = gradients)
        fixed (double* h = histogram)
        {
            var first = h + ((long)firstFeature * FeatureStride);
            for (var i = 0; i < count; i++)
            {
                var row = rowPtr is null ? i : rowPtr[i];
                var rowBins = binBase + ((long)row * featureCount) + firstFeature;
                // A leaf's rows are scattered over the data: fetch the bins of a row a few iterations ahead.
                if (Sse.IsSupported && rowPtr is not null && i + PrefetchDistance < count)
                {
                    var ahead = binBase + ((long)rowPtr[i + PrefetchDistance] * featureCount) + firstFeature;
                    Sse.Prefetch0(ahead);
                    Sse.Prefetch0(ahead + span - 1);
                    if (byRow) Sse.Prefetch0(g + (2L * rowPtr[i + PrefetchDistance]));
                }
                var add = Vector256.Create(Vector128.Load(g + (2L * (byRow ? row : i))), countOne);
                var p = first;
                var j = 0;
                for (; j + 4 <= span; j += 4, p += 4 * FeatureStride)
                {
                    var e0 = p + (rowBins[j] * EntryWidth);
                    var e1 = p + FeatureStride + (rowBins[j + 1] * EntryWidth);
                    var e2 = p + (2 * FeatureStride) + (rowBins[j + 2] * EntryWidth);
                    var e3 = p + (3 * FeatureStride) + (rowBins[j + 3] * EntryWidth);
                    Vector256.Store(Vector256.Load(e0) + add, e0);
                    Vector256.Store(Vector256.Load(e1) + add, e1);
                    Vector256.Store(Vector256.Load(e2) + add, e2);
                    Vector256.Store(Vector256.Load(e3) + add, e3);
                }
                for (; j < span; j++, p += FeatureStride)
                {
                    var e = p + (rowBins[j] * EntryWidth);
                    Vector256.Store(Vector256.Load(e) + add, e);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="Build"/> for an arbitrary feature subset (column sampling): features <paramref name="features"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void BuildSubset(
        byte[] bins, int featureCount, ReadOnlySpan<int> rows, int count, ReadOnlySpan<double> gradients, bool byRow,
        ReadOnlySpan<int> features, Span<double> histogram)
    {
        foreach (var f in features)
            if ((uint)f >= (uint)featureCount) throw new ArgumentOutOfRangeException(nameof(features));
        if (!Vector256.IsHardwareAccelerated || histogram.Length < featureCount * FeatureStride || !Fits(bins, featureCount, rows, count, gradients, byRow))
        {
            BuildScalar(bins, featureCount, rows, count, gradients, byRow, features, histogram);
            return;
        }
        var countOne = Vector128.Create(1.0, 0.0);
        fixed (byte* binBase = bins)
        fixed (int* rowPtr = rows)
        fixed (int* featurePtr = features)
        fixed (double* g = gradients)
        fixed (double* h = histogram)
        {
            for (var i = 0; i < count; i++)
            {
                var row = rowPtr is null ? i : rowPtr[i];
                var rowBins = binBase + ((long)row * featureCount);
                if (Sse.IsSupported && rowPtr is not null && i + PrefetchDistance < count)
                {
                    var ahead = binBase + ((long)rowPtr[i + PrefetchDistance] * featureCount);
                    Sse.Prefetch0(ahead);
                    Sse.Prefetch0(ahead + featureCount - 1);
                    if (byRow) Sse.Prefetch0(g + (2L * rowPtr[i + PrefetchDistance]));
                }
                var add = Vector256.Create(Vector128.Load(g + (2L * (byRow ? row : i))), countOne);
                for (var j = 0; j < features.Length; j++)
                {
                    var f = featurePtr[j];
                    var e = h + ((long)f * FeatureStride) + (rowBins[f] * EntryWidth);
                    Vector256.Store(Vector256.Load(e) + add, e);
                }
            }
        }
    }

    /// <summary>The scalar reference of <see cref="Build"/> and <see cref="BuildSubset"/>.</summary>
    public static void BuildScalar(
        byte[] bins, int featureCount, ReadOnlySpan<int> rows, int count, ReadOnlySpan<double> gradients, bool byRow,
        ReadOnlySpan<int> features, Span<double> histogram)
    {
        for (var i = 0; i < count; i++)
        {
            var row = rows.IsEmpty ? i : rows[i];
            var at = byRow ? row : i;
            var g = gradients[2 * at];
            var h = gradients[(2 * at) + 1];
            foreach (var f in features)
            {
                var e = ((f * SlotsPerFeature) + bins[((long)row * featureCount) + f]) * EntryWidth;
                histogram[e] += g;
                histogram[e + 1] += h;
                histogram[e + 2] += 1;
            }
        }
    }

    /// <summary><paramref name="parent"/> −= <paramref name="child"/> over the entries of features [<paramref name="firstFeature"/>, <paramref name="endFeature"/>): the sibling's histogram without a pass over its rows.</summary>
    public static void Subtract(Span<double> parent, ReadOnlySpan<double> child, int firstFeature, int endFeature)
    {
        var p = parent[(firstFeature * FeatureStride)..(endFeature * FeatureStride)];
        var c = child[(firstFeature * FeatureStride)..(endFeature * FeatureStride)];
        System.Numerics.Tensors.TensorPrimitives.Subtract(p, c, p);
    }

    /// <summary>The scalar reference of <see cref="Subtract"/>.</summary>
    public static void SubtractScalar(Span<double> parent, ReadOnlySpan<double> child, int firstFeature, int endFeature)
    {
        for (var k = firstFeature * FeatureStride; k < endFeature * FeatureStride; k++) parent[k] -= child[k];
    }

    /// <summary>Hints the CPU to fetch <paramref name="bytes"/>[<paramref name="index"/>] into cache (a no-op without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(byte[] bytes, long index)
    {
        if (Sse.IsSupported)
            fixed (byte* p = bytes) Sse.Prefetch0(p + index);
    }

    /// <summary>Copies the gradient pairs of <paramref name="rows"/> into consecutive order, so histogram passes read them sequentially.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Gather(ReadOnlySpan<int> rows, ReadOnlySpan<double> gradients, Span<double> ordered)
    {
        if (ordered.Length < 2 * rows.Length) throw new ArgumentException("ordered is too short.", nameof(ordered));
        fixed (double* src = gradients)
        fixed (double* dst = ordered)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                if (Sse.IsSupported && i + PrefetchDistance < rows.Length) Sse.Prefetch0(src + (2L * rows[i + PrefetchDistance]));
                var row = rows[i];
                if ((uint)(2 * row) >= (uint)gradients.Length) throw new ArgumentOutOfRangeException(nameof(rows));
                Vector128.Store(Vector128.Load(src + (2L * row)), dst + (2 * i));
            }
        }
    }

    // The unchecked kernels may run only when every index they form is in bounds.
    private static bool Fits(byte[] bins, int featureCount, ReadOnlySpan<int> rows, int count, ReadOnlySpan<double> gradients, bool byRow)
    {
        if (count < 0 || (!rows.IsEmpty && rows.Length < count) || (rows.IsEmpty && (long)count * featureCount > bins.Length)) return false;
        if (!byRow && gradients.Length < 2L * count) return false;
        if (rows.IsEmpty) return !byRow || gradients.Length >= 2L * count;
        var rowCount = bins.Length / featureCount;
        foreach (var row in rows[..count])
            if ((uint)row >= (uint)rowCount || (byRow && 2L * row + 1 >= gradients.Length)) return false;
        return true;
    }

    private static int[] Range(int from, int to)
    {
        var features = new int[to - from];
        for (var f = from; f < to; f++) features[f - from] = f;
        return features;
    }
}
