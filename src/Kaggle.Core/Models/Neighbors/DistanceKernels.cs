using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// The distance kernels behind nearest-neighbour search and k-means, each with a scalar reference twin that the
/// tests compare it to. <c>SquaredEuclidean4</c> measures one query against four rows at once so each query
/// vector is loaded once per four rows: brute-force search is bound by loads, not arithmetic.
/// </summary>
internal static class DistanceKernels
{
    /// <summary>Σ(aⱼ − bⱼ)², vectorised.</summary>
    public static double SquaredEuclidean(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length) Throw.Argument($"Rows of length {a.Length} and {b.Length} cannot be compared.");
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        var j = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<double>.Count)
        {
            var acc0 = Vector256<double>.Zero;
            var acc1 = Vector256<double>.Zero;
            // Two accumulators hide the add latency; the tail is scalar.
            for (; j <= a.Length - (2 * Vector256<double>.Count); j += 2 * Vector256<double>.Count)
            {
                var d0 = Vector256.LoadUnsafe(ref pa, (nuint)j) - Vector256.LoadUnsafe(ref pb, (nuint)j);
                var d1 = Vector256.LoadUnsafe(ref pa, (nuint)(j + 4)) - Vector256.LoadUnsafe(ref pb, (nuint)(j + 4));
                acc0 += d0 * d0;
                acc1 += d1 * d1;
            }
            for (; j <= a.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var d = Vector256.LoadUnsafe(ref pa, (nuint)j) - Vector256.LoadUnsafe(ref pb, (nuint)j);
                acc0 += d * d;
            }
            sum = Vector256.Sum(acc0 + acc1);
        }
        for (; j < a.Length; j++)
        {
            var d = Unsafe.Add(ref pa, j) - Unsafe.Add(ref pb, j);
            sum += d * d;
        }
        return sum;
    }

    /// <summary>
    /// The squared Euclidean distances from <paramref name="query"/> to the four consecutive rows of length
    /// <c>query.Length</c> starting at <paramref name="rows"/>, written to <paramref name="result"/>[0..4]. Each
    /// result equals <see cref="SquaredEuclidean"/> of the pair bit for bit (same lanes, same order of additions).
    /// </summary>
    public static void SquaredEuclidean4(ReadOnlySpan<double> query, ReadOnlySpan<double> rows, Span<double> result)
    {
        var d = query.Length;
        if (rows.Length < 4 * d || result.Length < 4) Throw.Argument("SquaredEuclidean4 needs four rows and four results.");
        if (!Vector256.IsHardwareAccelerated || d < 2 * Vector256<double>.Count)
        {
            for (var r = 0; r < 4; r++) result[r] = SquaredEuclidean(query, rows.Slice(r * d, d));
            return;
        }
        ref var t0 = ref MemoryMarshal.GetReference(rows);
        ref var t1 = ref Unsafe.Add(ref t0, d);
        ref var t2 = ref Unsafe.Add(ref t1, d);
        ref var t3 = ref Unsafe.Add(ref t2, d);
        Four(ref MemoryMarshal.GetReference(query), ref t0, ref t1, ref t2, ref t3, d, result);
    }

    /// <summary>
    /// The squared Euclidean distances from <paramref name="query"/> to four rows anywhere in memory (each of
    /// <c>query.Length</c> values), written to <paramref name="result"/>[0..4]; bit for bit <see cref="SquaredEuclidean"/>.
    /// Compiled optimised at once: the SVM solver's kernel columns spend half their time here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SquaredEuclidean4(ReadOnlySpan<double> query, ReadOnlySpan<double> row0, ReadOnlySpan<double> row1,
        ReadOnlySpan<double> row2, ReadOnlySpan<double> row3, Span<double> result)
    {
        var d = query.Length;
        if (row0.Length < d || row1.Length < d || row2.Length < d || row3.Length < d || result.Length < 4)
            Throw.Argument("SquaredEuclidean4 needs four rows and four results.");
        if (!Vector256.IsHardwareAccelerated || d < 2 * Vector256<double>.Count)
        {
            result[0] = SquaredEuclidean(query, row0[..d]);
            result[1] = SquaredEuclidean(query, row1[..d]);
            result[2] = SquaredEuclidean(query, row2[..d]);
            result[3] = SquaredEuclidean(query, row3[..d]);
            return;
        }
        Four(ref MemoryMarshal.GetReference(query), ref MemoryMarshal.GetReference(row0), ref MemoryMarshal.GetReference(row1),
            ref MemoryMarshal.GetReference(row2), ref MemoryMarshal.GetReference(row3), d, result);
    }

    // The four distances once the rows are checked (d ≥ 8 and Vector256 accelerated), inlined into both callers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Four(ref double q, ref double t0, ref double t1, ref double t2, ref double t3, int d, Span<double> result)
    {
        // Eight named accumulators (two per row) so the JIT keeps them in registers.
        Vector256<double> a0 = default, b0 = default, a1 = default, b1 = default, a2 = default, b2 = default, a3 = default, b3 = default;
        var j = 0;
        for (; j <= d - 8; j += 8)
        {
            var q0 = Vector256.LoadUnsafe(ref q, (nuint)j);
            var q1 = Vector256.LoadUnsafe(ref q, (nuint)(j + 4));
            var e = q0 - Vector256.LoadUnsafe(ref t0, (nuint)j); a0 += e * e;
            e = q1 - Vector256.LoadUnsafe(ref t0, (nuint)(j + 4)); b0 += e * e;
            e = q0 - Vector256.LoadUnsafe(ref t1, (nuint)j); a1 += e * e;
            e = q1 - Vector256.LoadUnsafe(ref t1, (nuint)(j + 4)); b1 += e * e;
            e = q0 - Vector256.LoadUnsafe(ref t2, (nuint)j); a2 += e * e;
            e = q1 - Vector256.LoadUnsafe(ref t2, (nuint)(j + 4)); b2 += e * e;
            e = q0 - Vector256.LoadUnsafe(ref t3, (nuint)j); a3 += e * e;
            e = q1 - Vector256.LoadUnsafe(ref t3, (nuint)(j + 4)); b3 += e * e;
        }
        result[0] = Finish(ref q, ref t0, a0, b0, j, d);
        result[1] = Finish(ref q, ref t1, a1, b1, j, d);
        result[2] = Finish(ref q, ref t2, a2, b2, j, d);
        result[3] = Finish(ref q, ref t3, a3, b3, j, d);
    }

    // The tail in exactly SquaredEuclidean's order: one 4-wide step into the first accumulator, then scalars.
    private static double Finish(ref double q, ref double t, Vector256<double> a, Vector256<double> b, int j, int d)
    {
        for (; j <= d - 4; j += 4)
        {
            var e = Vector256.LoadUnsafe(ref q, (nuint)j) - Vector256.LoadUnsafe(ref t, (nuint)j);
            a += e * e;
        }
        var sum = Vector256.Sum(a + b);
        for (; j < d; j++)
        {
            var e = Unsafe.Add(ref q, j) - Unsafe.Add(ref t, j);
            sum += e * e;
        }
        return sum;
    }

    /// <summary>Σ|aⱼ − bⱼ|, vectorised.</summary>
    public static double Manhattan(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length) Throw.Argument($"Rows of length {a.Length} and {b.Length} cannot be compared.");
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        var j = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<double>.Count)
        {
            var acc = Vector256<double>.Zero;
            for (; j <= a.Length - Vector256<double>.Count; j += Vector256<double>.Count)
                acc += Vector256.Abs(Vector256.LoadUnsafe(ref pa, (nuint)j) - Vector256.LoadUnsafe(ref pb, (nuint)j));
            sum = Vector256.Sum(acc);
        }
        for (; j < a.Length; j++)
            sum += Math.Abs(Unsafe.Add(ref pa, j) - Unsafe.Add(ref pb, j));
        return sum;
    }

    /// <summary>The scalar reference of <see cref="SquaredEuclidean"/>.</summary>
    public static double SquaredEuclideanScalar(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++) sum += (a[j] - b[j]) * (a[j] - b[j]);
        return sum;
    }

    /// <summary>The scalar reference of <see cref="Manhattan"/>.</summary>
    public static double ManhattanScalar(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++) sum += Math.Abs(a[j] - b[j]);
        return sum;
    }
}
