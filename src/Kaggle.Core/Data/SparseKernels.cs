using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kaggle.Core.Data;

/// <summary>
/// The two inner loops of every sparse linear model: a sparse row times a dense vector (gather) and a dense vector
/// plus a scaled sparse row (scatter). Each has a scalar reference the tests compare it with.
/// </summary>
internal static class SparseKernels
{
    /// <summary>Σₖ values[k] · dense[indices[k]]. Indices must lie inside <paramref name="dense"/> (CSR guarantees it).</summary>
    public static double Dot(ReadOnlySpan<int> indices, ReadOnlySpan<double> values, ReadOnlySpan<double> dense)
    {
        // AVX2's gather pays off once a row has a few dozen entries (char n-gram rows have hundreds); below that
        // the scalar loop with two accumulators is as fast and keeps short rows cheap.
        if (Avx2.IsSupported && indices.Length >= 16)
            return DotAvx2(indices, values, dense);
        return DotScalar(indices, values, dense);
    }

    /// <summary>The scalar reference of <see cref="Dot"/>, with two accumulators as the vector path has lanes.</summary>
    public static double DotScalar(ReadOnlySpan<int> indices, ReadOnlySpan<double> values, ReadOnlySpan<double> dense)
    {
        double even = 0, odd = 0;
        var k = 0;
        for (; k + 1 < indices.Length; k += 2)
        {
            even += values[k] * dense[indices[k]];
            odd += values[k + 1] * dense[indices[k + 1]];
        }
        if (k < indices.Length) even += values[k] * dense[indices[k]];
        return even + odd;
    }

    /// <summary><c>destination[indices[k]] += alpha · values[k]</c> for every k.</summary>
    /// <remarks>
    /// Scalar on purpose: a scatter has no AVX2 instruction, and AVX-512's scatter would need conflict checks that
    /// CSR rows (strictly increasing indices) never need but the hardware cannot know; the loop is memory-bound anyway.
    /// </remarks>
    public static void AddScaled(ReadOnlySpan<int> indices, ReadOnlySpan<double> values, double alpha, Span<double> destination)
    {
        for (var k = 0; k < indices.Length; k++)
            destination[indices[k]] += alpha * values[k];
    }

    private static unsafe double DotAvx2(ReadOnlySpan<int> indices, ReadOnlySpan<double> values, ReadOnlySpan<double> dense)
    {
        var n = indices.Length;
        ref var indexRef = ref MemoryMarshal.GetReference(indices);
        ref var valueRef = ref MemoryMarshal.GetReference(values);
        var sum0 = Vector256<double>.Zero;
        var sum1 = Vector256<double>.Zero;
        var k = 0;
        fixed (double* basePointer = dense)
        {
            for (; k + 8 <= n; k += 8)
            {
                var i0 = Vector128.LoadUnsafe(ref indexRef, (nuint)k);
                var i1 = Vector128.LoadUnsafe(ref indexRef, (nuint)(k + 4));
                var g0 = Avx2.GatherVector256(basePointer, i0, 8);
                var g1 = Avx2.GatherVector256(basePointer, i1, 8);
                sum0 += Vector256.LoadUnsafe(ref valueRef, (nuint)k) * g0;
                sum1 += Vector256.LoadUnsafe(ref valueRef, (nuint)(k + 4)) * g1;
            }
        }
        var sum = Vector256.Sum(sum0 + sum1);
        for (; k < n; k++) sum += Unsafe.Add(ref valueRef, k) * dense[Unsafe.Add(ref indexRef, k)];
        return sum;
    }
}
