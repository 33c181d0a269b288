using System.Runtime.Intrinsics;

namespace Kaggle.Autograd.Kernels;

public sealed unsafe partial class ManagedGemm
{
    /// <summary>
    /// C[6×nr] += Ap[kc×6]ᵀ·Bp[kc×nr] for packed slivers, or C = … when <paramref name="overwrite"/> (the first k-block
    /// with beta = 0, which saves clearing C and reading it back): the only loop where the flops happen.
    /// </summary>
    private void MicroKernel(int kc, float* a, float* b, float* c, int ldc, bool overwrite)
    {
        switch (_nr)
        {
            case 32: Kernel512(kc, a, b, c, ldc, overwrite); break;
            case 16: Kernel256(kc, a, b, c, ldc, overwrite); break;
            default: KernelScalar(kc, a, b, c, ldc, overwrite); break;
        }
    }

    // Twelve accumulators (6 rows × 2 vectors) plus two B vectors and one broadcast stay in registers; each k step
    // issues 12 FMAs against 8 loads, so the loop is bound by FMA throughput, not by memory.
    private static void Kernel512(int kc, float* a, float* b, float* c, int ldc, bool overwrite)
    {
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var p = 0; p < kc; p++, a += Mr, b += 32)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 16);
            var av = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(av, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(av, b1, c01);
            av = Vector512.Create(a[1]);
            c10 = Vector512.FusedMultiplyAdd(av, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(av, b1, c11);
            av = Vector512.Create(a[2]);
            c20 = Vector512.FusedMultiplyAdd(av, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(av, b1, c21);
            av = Vector512.Create(a[3]);
            c30 = Vector512.FusedMultiplyAdd(av, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(av, b1, c31);
            av = Vector512.Create(a[4]);
            c40 = Vector512.FusedMultiplyAdd(av, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(av, b1, c41);
            av = Vector512.Create(a[5]);
            c50 = Vector512.FusedMultiplyAdd(av, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(av, b1, c51);
        }
        Add512(c, c00, c01, overwrite);
        Add512(c + ldc, c10, c11, overwrite);
        Add512(c + (2 * ldc), c20, c21, overwrite);
        Add512(c + (3 * ldc), c30, c31, overwrite);
        Add512(c + (4 * ldc), c40, c41, overwrite);
        Add512(c + (5 * ldc), c50, c51, overwrite);
    }

    private static void Add512(float* row, Vector512<float> left, Vector512<float> right, bool overwrite)
    {
        if (!overwrite)
        {
            left += Vector512.Load(row);
            right += Vector512.Load(row + 16);
        }
        left.Store(row);
        right.Store(row + 16);
    }

    private static void Kernel256(int kc, float* a, float* b, float* c, int ldc, bool overwrite)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var p = 0; p < kc; p++, a += Mr, b += 16)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var av = Vector256.Create(a[0]);
            c00 = Vector256.FusedMultiplyAdd(av, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(av, b1, c01);
            av = Vector256.Create(a[1]);
            c10 = Vector256.FusedMultiplyAdd(av, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(av, b1, c11);
            av = Vector256.Create(a[2]);
            c20 = Vector256.FusedMultiplyAdd(av, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(av, b1, c21);
            av = Vector256.Create(a[3]);
            c30 = Vector256.FusedMultiplyAdd(av, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(av, b1, c31);
            av = Vector256.Create(a[4]);
            c40 = Vector256.FusedMultiplyAdd(av, b0, c40);
            c41 = Vector256.FusedMultiplyAdd(av, b1, c41);
            av = Vector256.Create(a[5]);
            c50 = Vector256.FusedMultiplyAdd(av, b0, c50);
            c51 = Vector256.FusedMultiplyAdd(av, b1, c51);
        }
        Add256(c, c00, c01, overwrite);
        Add256(c + ldc, c10, c11, overwrite);
        Add256(c + (2 * ldc), c20, c21, overwrite);
        Add256(c + (3 * ldc), c30, c31, overwrite);
        Add256(c + (4 * ldc), c40, c41, overwrite);
        Add256(c + (5 * ldc), c50, c51, overwrite);
    }

    private static void Add256(float* row, Vector256<float> left, Vector256<float> right, bool overwrite)
    {
        if (!overwrite)
        {
            left += Vector256.Load(row);
            right += Vector256.Load(row + 8);
        }
        left.Store(row);
        right.Store(row + 8);
    }

    private static void KernelScalar(int kc, float* a, float* b, float* c, int ldc, bool overwrite)
    {
        var acc = stackalloc float[Mr * 8];
        new Span<float>(acc, Mr * 8).Clear();
        for (var p = 0; p < kc; p++, a += Mr, b += 8)
            for (var r = 0; r < Mr; r++)
                for (var j = 0; j < 8; j++)
                    acc[(r * 8) + j] = MathF.FusedMultiplyAdd(a[r], b[j], acc[(r * 8) + j]);
        for (var r = 0; r < Mr; r++)
            for (var j = 0; j < 8; j++)
                c[((long)r * ldc) + j] = overwrite ? acc[(r * 8) + j] : c[((long)r * ldc) + j] + acc[(r * 8) + j];
    }
}
