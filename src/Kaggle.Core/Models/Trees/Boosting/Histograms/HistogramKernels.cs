using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The gradient-histogram kernels of <see cref="HistogramTreeBuilder"/>. A histogram gives every feature
/// <see cref="SlotsPerFeature"/> bins of one entry each, <see cref="EntryWidth"/> doubles (sum of gradients, sum of
/// hessians; row counts are estimated from hessians as LightGBM does, which halves the bytes every update moves):
/// adding a row to a bin is one 128-bit load-add-store, and a feature's entries start at a constant stride, so the
/// kernel needs no per-feature offset table. Each vectorised kernel has a scalar reference that the tests compare it
/// with; both add in the same order, so they agree bit for bit.
/// </summary>
internal static unsafe class HistogramKernels
{
    public const int EntryWidth = 2;

    // 256 bins plus 4 unused entries: a stride of exactly 4 KiB would make the entries of neighbouring features
    // alias in the store buffer (4K aliasing) and stall the read-modify-writes.
    public const int SlotsPerFeature = 260;

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
        if (!Vector128.IsHardwareAccelerated || histogram.Length < featureCount * FeatureStride || !Fits(bins, featureCount, rows, count, gradients, byRow))
        {
            BuildScalar(bins, featureCount, rows, count, gradients, byRow, Range(firstFeature, endFeature), histogram);
            return;
        }
        var span = endFeature - firstFeature;
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
                var add = Vector128.Load(g + (2L * (byRow ? row : i)));
                var p = first;
                var j = 0;
                for (; j + 4 <= span; j += 4, p += 4 * FeatureStride)
                {
                    var e0 = p + (rowBins[j] * EntryWidth);
                    var e1 = p + FeatureStride + (rowBins[j + 1] * EntryWidth);
                    var e2 = p + (2 * FeatureStride) + (rowBins[j + 2] * EntryWidth);
                    var e3 = p + (3 * FeatureStride) + (rowBins[j + 3] * EntryWidth);
                    Vector128.Store(Vector128.Load(e0) + add, e0);
                    Vector128.Store(Vector128.Load(e1) + add, e1);
                    Vector128.Store(Vector128.Load(e2) + add, e2);
                    Vector128.Store(Vector128.Load(e3) + add, e3);
                }
                for (; j < span; j++, p += FeatureStride)
                {
                    var e = p + (rowBins[j] * EntryWidth);
                    Vector128.Store(Vector128.Load(e) + add, e);
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
        if (!Vector128.IsHardwareAccelerated || histogram.Length < featureCount * FeatureStride || !Fits(bins, featureCount, rows, count, gradients, byRow))
        {
            BuildScalar(bins, featureCount, rows, count, gradients, byRow, features, histogram);
            return;
        }
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
                var add = Vector128.Load(g + (2L * (byRow ? row : i)));
                for (var j = 0; j < features.Length; j++)
                {
                    var f = featurePtr[j];
                    var e = h + ((long)f * FeatureStride) + (rowBins[f] * EntryWidth);
                    Vector128.Store(Vector128.Load(e) + add, e);
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

    /// <summary><paramref name="total"/> += <paramref name="part"/> over the entries of features [<paramref name="firstFeature"/>, <paramref name="endFeature"/>).</summary>
    public static void Add(Span<double> total, ReadOnlySpan<double> part, int firstFeature, int endFeature)
    {
        var t = total[(firstFeature * FeatureStride)..(endFeature * FeatureStride)];
        System.Numerics.Tensors.TensorPrimitives.Add(t, part[(firstFeature * FeatureStride)..(endFeature * FeatureStride)], t);
    }

    /// <summary>The scalar reference of <see cref="Subtract"/>.</summary>
    public static void SubtractScalar(Span<double> parent, ReadOnlySpan<double> child, int firstFeature, int endFeature)
    {
        for (var k = firstFeature * FeatureStride; k < endFeature * FeatureStride; k++) parent[k] -= child[k];
    }

    /// <summary>
    /// Split gains for left sums (<paramref name="leftG"/>, <paramref name="leftH"/>) of a node with sums
    /// (<paramref name="g"/>, <paramref name="h"/>): G_L²/(H_L+λ) + G_R²/(H_R+λ) − <paramref name="parent"/>, or −∞ where
    /// a side's hessian is below <paramref name="minWeight"/>. Vectorised; <see cref="GainsScalar"/> is its reference.
    /// </summary>
    public static void Gains(
        ReadOnlySpan<double> leftG, ReadOnlySpan<double> leftH, double g, double h, double lambda, double minWeight, double parent, Span<double> gains)
    {
        var n = leftG.Length;
        if (leftH.Length < n || gains.Length < n) throw new ArgumentException("leftH and gains must be as long as leftG.");
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var (vg, vh, vl, vw, vp) = (Vector256.Create(g), Vector256.Create(h), Vector256.Create(lambda), Vector256.Create(minWeight), Vector256.Create(parent));
            var none = Vector256.Create(double.NegativeInfinity);
            ref var lgRef = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(leftG);
            ref var lhRef = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(leftH);
            ref var outRef = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(gains);
            for (; i + 4 <= n; i += 4)
            {
                var lg = Vector256.LoadUnsafe(ref lgRef, (nuint)i);
                var lh = Vector256.LoadUnsafe(ref lhRef, (nuint)i);
                var rg = vg - lg;
                var rh = vh - lh;
                var gain = (lg * lg / (lh + vl)) + (rg * rg / (rh + vl)) - vp;
                var valid = Vector256.GreaterThanOrEqual(lh, vw) & Vector256.GreaterThanOrEqual(rh, vw);
                Vector256.ConditionalSelect(valid, gain, none).StoreUnsafe(ref outRef, (nuint)i);
            }
        }
        GainsScalar(leftG[i..n], leftH[i..n], g, h, lambda, minWeight, parent, gains[i..n]);
    }

    /// <summary>The scalar reference of <see cref="Gains"/> (the same operations in the same order).</summary>
    public static void GainsScalar(
        ReadOnlySpan<double> leftG, ReadOnlySpan<double> leftH, double g, double h, double lambda, double minWeight, double parent, Span<double> gains)
    {
        for (var i = 0; i < leftG.Length; i++)
        {
            double lg = leftG[i], lh = leftH[i];
            double rg = g - lg, rh = h - lh;
            var gain = (lg * lg / (lh + lambda)) + (rg * rg / (rh + lambda)) - parent;
            gains[i] = lh >= minWeight && rh >= minWeight ? gain : double.NegativeInfinity;
        }
    }

    /// <summary>Hints the CPU to fetch <paramref name="bytes"/>[<paramref name="index"/>] into cache (a no-op without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(byte[] bytes, long index)
    {
        if (Sse.IsSupported)
            fixed (byte* p = bytes) Sse.Prefetch0(p + index);
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
