using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Native;

/// <summary>
/// <see cref="IGemm"/> over OpenBLAS <c>cblas_sgemm</c>. OpenBLAS threads a level-3 call by splitting C into
/// blocks of rows and columns and never splits the sum over k, so every element is the same dot product in the same
/// order whatever the thread count (the tests check 1 against 2 threads bit for bit). Its pool size is set once, at
/// load, from <c>OPENBLAS_NUM_THREADS</c> or the processor count; <see cref="Engine.Threads"/> does not change it
/// because the OpenBLAS setting is process-wide and not safe to flip while other threads are inside a call.
/// </summary>
public sealed class OpenBlasGemm : IGemm
{
    private static readonly Lazy<(OpenBlasGemm? Gemm, string Error)> s_loaded = new(Create);

    private OpenBlasGemm(string config) => Config = config;

    public string Name => "openblas";

    /// <summary>OpenBLAS's build description (version, kernel core, threading), for logs.</summary>
    public string Config { get; }

    /// <summary>The size of OpenBLAS's thread pool.</summary>
    public static int Threads => OpenBlasNative.openblas_get_num_threads();

    /// <summary>Loads OpenBLAS, or returns false with an error naming the library paths that were tried.</summary>
    public static bool TryLoad([NotNullWhen(true)] out OpenBlasGemm? gemm, out string error)
    {
        (gemm, error) = s_loaded.Value;
        return gemm is not null;
    }

    /// <summary>Loads OpenBLAS or throws <see cref="DllNotFoundException"/> naming the paths that were tried.</summary>
    public static OpenBlasGemm Load() =>
        TryLoad(out var gemm, out var error) ? gemm : throw new DllNotFoundException(error);

    /// <summary>Sets OpenBLAS's process-wide thread count (benchmarks and tests only; see the class remarks).</summary>
    internal static void SetThreads(int threads) => OpenBlasNative.openblas_set_num_threads(threads);

    public unsafe void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        Gemm.CheckArguments(transposeA, transposeB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        if (m == 0 || n == 0) return;
        fixed (float* pa = a, pb = b, pc = c)
            OpenBlasNative.cblas_sgemm(OpenBlasNative.RowMajor, transposeA ? OpenBlasNative.Trans : OpenBlasNative.NoTrans,
                transposeB ? OpenBlasNative.Trans : OpenBlasNative.NoTrans, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }

    private static (OpenBlasGemm?, string) Create()
    {
        if (!OpenBlasNative.TryLoad(out _, out var error)) return (null, error);
        var threads = int.TryParse(Environment.GetEnvironmentVariable("OPENBLAS_NUM_THREADS"), out var t) && t > 0 ? t : Environment.ProcessorCount;
        OpenBlasNative.openblas_set_num_threads(threads);
        return (new OpenBlasGemm(Marshal.PtrToStringUTF8(OpenBlasNative.openblas_get_config()) ?? "OpenBLAS"), "");
    }
}
