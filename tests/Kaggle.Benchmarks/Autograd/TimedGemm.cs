using System.Diagnostics;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>An <see cref="IGemm"/> decorator that adds up the time spent in the inner kernel (for --profile).</summary>
internal sealed class TimedGemm(IGemm inner) : IGemm
{
    public string Name => inner.Name;

    public TimeSpan Elapsed { get; private set; }

    public long Calls { get; private set; }

    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Multiply(transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
        Elapsed += Stopwatch.GetElapsedTime(start);
        Calls++;
    }
}
