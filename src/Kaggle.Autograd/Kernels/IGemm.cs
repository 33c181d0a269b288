namespace Kaggle.Autograd.Kernels;

/// <summary>
/// Single-precision general matrix multiply (BLAS sgemm), row-major: <c>C = alpha·op(A)·op(B) + beta·C</c> where
/// op(A) is m×k, op(B) is k×n and C is m×n; <c>op(X)</c> is X or Xᵀ. The leading dimensions are row strides
/// (lda ≥ columns of A as stored). With <c>beta = 0</c> the old contents of C are ignored, NaN included.
/// Implementations: <see cref="ManagedGemm"/> and <see cref="Native.OpenBlasGemm"/>; the result of each element must
/// not depend on the thread count (the reduction over k runs in a fixed order).
/// </summary>
public interface IGemm
{
    /// <summary>A short name for logs and benchmark output ("openblas", "managed-avx512").</summary>
    string Name { get; }

    void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc);
}
