using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// The SMO gradient update over contiguous variables, ∇ᵥ += yᵥ·Kᵢᵥ·a + yᵥ·Kⱼᵥ·b (a = yᵢΔαᵢ, b = yⱼΔαⱼ), vectorised.
/// Signs are ±1, so every way of grouping the products rounds once to the same value and each entry equals
/// <see cref="Scalar"/> bit for bit.
/// </summary>
internal static class GradientStep
{
    /// <summary>Updates the longest prefix of <paramref name="gradient"/> that fills whole vectors; returns its length (the caller does the tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Apply(Span<double> gradient, ReadOnlySpan<double> sign, ReadOnlySpan<double> columnI, ReadOnlySpan<double> columnJ, double a, double b)
    {
        ref var g = ref MemoryMarshal.GetReference(gradient);
        ref var s = ref MemoryMarshal.GetReference(sign);
        ref var ci = ref MemoryMarshal.GetReference(columnI);
        ref var cj = ref MemoryMarshal.GetReference(columnJ);
        var n = Math.Min(gradient.Length, Math.Min(sign.Length, Math.Min(columnI.Length, columnJ.Length)));
        var t = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var (va, vb) = (Vector512.Create(a), Vector512.Create(b));
            for (; t <= n - Vector512<double>.Count; t += Vector512<double>.Count)
            {
                var y = Vector512.LoadUnsafe(ref s, (nuint)t);
                var step = (y * Vector512.LoadUnsafe(ref ci, (nuint)t) * va) + (y * Vector512.LoadUnsafe(ref cj, (nuint)t) * vb);
                (Vector512.LoadUnsafe(ref g, (nuint)t) + step).StoreUnsafe(ref g, (nuint)t);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var (va, vb) = (Vector256.Create(a), Vector256.Create(b));
            for (; t <= n - Vector256<double>.Count; t += Vector256<double>.Count)
            {
                var y = Vector256.LoadUnsafe(ref s, (nuint)t);
                var step = (y * Vector256.LoadUnsafe(ref ci, (nuint)t) * va) + (y * Vector256.LoadUnsafe(ref cj, (nuint)t) * vb);
                (Vector256.LoadUnsafe(ref g, (nuint)t) + step).StoreUnsafe(ref g, (nuint)t);
            }
        }
        return t;
    }

    /// <summary>The reference: the solver's own per-variable expression, ((yᵢyᵥ)Kᵢᵥ)Δαᵢ + ((yⱼyᵥ)Kⱼᵥ)Δαⱼ.</summary>
    public static void Scalar(Span<double> gradient, ReadOnlySpan<double> sign, ReadOnlySpan<double> columnI, ReadOnlySpan<double> columnJ, double signI, double deltaI, double signJ, double deltaJ)
    {
        for (var v = 0; v < gradient.Length; v++)
            gradient[v] += (signI * sign[v] * columnI[v] * deltaI) + (signJ * sign[v] * columnJ[v] * deltaJ);
    }
}
