using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// The two scans of the SMO working-set selection (WSS3) over contiguous variables, vectorised. Each lane keeps
/// its own extreme and the last index reaching it; the lanes are then merged by value and, on equal values, by
/// the larger index, so the outcome is the sequential scan's: the last variable attaining the extreme (the way
/// libsvm's <c>&gt;=</c> tests resolve ties). Every value is computed with the sequential loop's operations in its
/// order, so the numbers are the same bit for bit. Membership flags are masks: all bits set, or zero.
/// </summary>
internal static class SelectionScan
{
    /// <summary>The largest −yᵥ∇ᵥ over the flagged (I_up) variables and the last index with it; index −1 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Max, int Index) MaxUp(ReadOnlySpan<double> sign, ReadOnlySpan<double> gradient, ReadOnlySpan<long> up)
    {
        var n = Math.Min(gradient.Length, Math.Min(sign.Length, up.Length));
        var (best, index) = (double.NegativeInfinity, -1);
        var t = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            ref var s = ref MemoryMarshal.GetReference(sign);
            ref var g = ref MemoryMarshal.GetReference(gradient);
            ref var u = ref MemoryMarshal.GetReference(up);
            var bestV = Vector256.Create(double.NegativeInfinity);
            var indexV = Vector256.Create(-1L);
            var lane = Vector256.Create(0L, 1, 2, 3);
            for (; t <= n - Vector256<double>.Count; t += Vector256<double>.Count)
            {
                var value = -Vector256.LoadUnsafe(ref s, (nuint)t) * Vector256.LoadUnsafe(ref g, (nuint)t);
                var take = Vector256.LoadUnsafe(ref u, (nuint)t).AsDouble() & Vector256.GreaterThanOrEqual(value, bestV);
                bestV = Vector256.ConditionalSelect(take, value, bestV);
                indexV = Vector256.ConditionalSelect(take.AsInt64(), lane, indexV);
                lane += Vector256.Create(4L);
            }
            (best, index) = Merge(bestV, indexV, best, largest: true);
        }
        for (; t < n; t++)
        {
            if (up[t] == 0) continue;
            var value = -sign[t] * gradient[t];
            if (value >= best) (best, index) = (value, t);
        }
        return (best, index);
    }

    /// <summary>
    /// Over the flagged (I_low) variables: the largest yᵥ∇ᵥ (<c>Max</c>), and among those with
    /// gradDiff = <paramref name="gmax"/> + yᵥ∇ᵥ &gt; 0 the smallest second-order decrease −gradDiff² / quad,
    /// quad = Kᵢᵢ + Kᵥᵥ − 2Kᵢᵥ (τ when not positive), with the last index reaching it (−1 when none).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Max, double Decrease, int Index) MinDecrease(ReadOnlySpan<double> sign, ReadOnlySpan<double> gradient,
        ReadOnlySpan<long> low, ReadOnlySpan<double> diagonal, ReadOnlySpan<double> column, double diagonalI, double gmax, double tau)
    {
        var n = Math.Min(Math.Min(gradient.Length, sign.Length), Math.Min(low.Length, Math.Min(diagonal.Length, column.Length)));
        var (max, best, index) = (double.NegativeInfinity, double.PositiveInfinity, -1);
        var t = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            ref var s = ref MemoryMarshal.GetReference(sign);
            ref var g = ref MemoryMarshal.GetReference(gradient);
            ref var l = ref MemoryMarshal.GetReference(low);
            ref var d = ref MemoryMarshal.GetReference(diagonal);
            ref var c = ref MemoryMarshal.GetReference(column);
            var (maxV, bestV) = (Vector256.Create(double.NegativeInfinity), Vector256.Create(double.PositiveInfinity));
            var indexV = Vector256.Create(-1L);
            var lane = Vector256.Create(0L, 1, 2, 3);
            var (gmaxV, diagonalIV, tauV) = (Vector256.Create(gmax), Vector256.Create(diagonalI), Vector256.Create(tau));
            for (; t <= n - Vector256<double>.Count; t += Vector256<double>.Count)
            {
                var member = Vector256.LoadUnsafe(ref l, (nuint)t).AsDouble();
                var value = Vector256.LoadUnsafe(ref s, (nuint)t) * Vector256.LoadUnsafe(ref g, (nuint)t);
                maxV = Vector256.ConditionalSelect(member & Vector256.GreaterThanOrEqual(value, maxV), value, maxV);
                var gradDiff = gmaxV + value;
                var quad = diagonalIV + Vector256.LoadUnsafe(ref d, (nuint)t) - (Vector256.Create(2.0) * Vector256.LoadUnsafe(ref c, (nuint)t));
                quad = Vector256.ConditionalSelect(Vector256.GreaterThan(quad, Vector256<double>.Zero), quad, tauV);
                var decrease = -(gradDiff * gradDiff) / quad;
                var take = member & Vector256.GreaterThan(gradDiff, Vector256<double>.Zero) & Vector256.LessThanOrEqual(decrease, bestV);
                bestV = Vector256.ConditionalSelect(take, decrease, bestV);
                indexV = Vector256.ConditionalSelect(take.AsInt64(), lane, indexV);
                lane += Vector256.Create(4L);
            }
            max = Math.Max(Math.Max(maxV[0], maxV[1]), Math.Max(maxV[2], maxV[3]));
            (best, index) = Merge(bestV, indexV, best, largest: false);
        }
        for (; t < n; t++)
        {
            if (low[t] == 0) continue;
            var value = sign[t] * gradient[t];
            if (value >= max) max = value;
            var gradDiff = gmax + value;
            if (gradDiff <= 0) continue;
            var quad = diagonalI + diagonal[t] - (2.0 * column[t]);
            var decrease = -(gradDiff * gradDiff) / (quad > 0 ? quad : tau);
            if (decrease <= best) (best, index) = (decrease, t);
        }
        return (max, best, index);
    }

    // The lanes' extremes merged: the best value, and on equal values the larger index (lanes without one hold −1).
    private static (double Value, int Index) Merge(Vector256<double> values, Vector256<long> indices, double start, bool largest)
    {
        var (best, index) = (start, -1);
        for (var k = 0; k < Vector256<double>.Count; k++)
        {
            var (value, at) = (values[k], (int)indices[k]);
            if (at < 0) continue;
            if ((largest ? value > best : value < best) || (value == best && at > index)) (best, index) = (value, at);
        }
        return (best, index);
    }
}
