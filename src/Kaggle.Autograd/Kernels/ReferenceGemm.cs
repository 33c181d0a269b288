namespace Kaggle.Autograd.Kernels;

/// <summary>The textbook triple loop, summing over k in order in float: the scalar reference the fast kernels are tested against.</summary>
internal sealed class ReferenceGemm : IGemm
{
    public static ReferenceGemm Instance { get; } = new();

    public string Name => "reference";

    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        Gemm.CheckArguments(transposeA, transposeB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++)
            {
                var sum = 0f;
                for (var p = 0; p < k; p++)
                    sum += (transposeA ? a[(p * lda) + i] : a[(i * lda) + p]) * (transposeB ? b[(j * ldb) + p] : b[(p * ldb) + j]);
                ref var cij = ref c[(i * ldc) + j];
                cij = beta == 0 ? alpha * sum : (alpha * sum) + (beta * cij);
            }
    }
}
