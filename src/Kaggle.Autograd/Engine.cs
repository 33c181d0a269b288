using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd;

/// <summary>
/// The ambient settings every op reads on the calling thread: whether graphs are recorded, which matrix-multiply
/// kernel runs, and how many threads kernels may use. Change them for a block with <see cref="Use"/> or
/// <see cref="NoGrad"/>; the returned scope restores the previous values when disposed.
/// </summary>
public static class Engine
{
    private static readonly Lazy<IGemm> s_defaultGemm = new(Kernels.Gemm.Default);

    [ThreadStatic] private static bool s_noGrad;
    [ThreadStatic] private static IGemm? s_gemm;
    [ThreadStatic] private static int s_threads;

    /// <summary>True unless inside a <see cref="NoGrad"/> scope: ops then record their inputs for <see cref="Tensor.Backward()"/>.</summary>
    public static bool GradEnabled => !s_noGrad;

    /// <summary>The matrix-multiply kernel in use: OpenBLAS when it loads, otherwise the managed SIMD kernel.</summary>
    public static IGemm Gemm => s_gemm ?? s_defaultGemm.Value;

    /// <summary>The process-wide default kernel (see <see cref="Gemm"/>).</summary>
    public static IGemm DefaultGemm => s_defaultGemm.Value;

    /// <summary>The number of threads managed kernels may use (default: all processors).</summary>
    public static int Threads => s_threads > 0 ? s_threads : Environment.ProcessorCount;

    /// <summary>
    /// Runs the enclosed block with <paramref name="gemm"/> (null keeps the current one) and <paramref name="threads"/>
    /// (0 keeps the current count) on this thread.
    /// </summary>
    public static EngineScope Use(IGemm? gemm = null, int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var scope = new EngineScope(s_noGrad, s_gemm, s_threads);
        s_gemm = gemm ?? s_gemm;
        s_threads = threads > 0 ? threads : s_threads;
        return scope;
    }

    /// <summary>Stops recording graphs on this thread until the scope is disposed (inference, optimiser updates).</summary>
    public static EngineScope NoGrad()
    {
        var scope = new EngineScope(s_noGrad, s_gemm, s_threads);
        s_noGrad = true;
        return scope;
    }

    internal static void Restore(bool noGrad, IGemm? gemm, int threads)
    {
        s_noGrad = noGrad;
        s_gemm = gemm;
        s_threads = threads;
    }
}
