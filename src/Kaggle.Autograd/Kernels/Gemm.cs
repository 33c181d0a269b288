using Kaggle.Autograd.Native;

namespace Kaggle.Autograd.Kernels;

/// <summary>Choosing a matrix-multiply kernel, and the argument checks every kernel shares.</summary>
public static class Gemm
{
    /// <summary>
    /// OpenBLAS when it loads, otherwise <see cref="ManagedGemm"/>. The environment variable <c>KAGGLE_GEMM</c>
    /// (<c>managed</c> or <c>openblas</c>) forces one; forcing OpenBLAS when it cannot load throws.
    /// </summary>
    public static IGemm Default()
    {
        var forced = Environment.GetEnvironmentVariable("KAGGLE_GEMM");
        if (string.Equals(forced, "managed", StringComparison.OrdinalIgnoreCase)) return ManagedGemm.Instance;
        if (string.Equals(forced, "openblas", StringComparison.OrdinalIgnoreCase)) return OpenBlasGemm.Load();
        return OpenBlasGemm.TryLoad(out var blas, out _) ? blas : ManagedGemm.Instance;
    }

    /// <summary>Throws when the sizes are negative or a buffer is too short for them (native code must never overrun).</summary>
    public static void CheckArguments(bool transposeA, bool transposeB, int m, int n, int k,
        int aLength, int lda, int bLength, int ldb, int cLength, int ldc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        Check("A", transposeA ? k : m, transposeA ? m : k, aLength, lda);
        Check("B", transposeB ? n : k, transposeB ? k : n, bLength, ldb);
        Check("C", m, n, cLength, ldc);
    }

    private static void Check(string name, int rows, int columns, int length, int ld)
    {
        if (ld < Math.Max(1, columns))
            throw new ArgumentException($"{name} is stored with {columns} columns but its leading dimension is {ld}.");
        if (rows == 0 || columns == 0) return;
        var needed = ((long)(rows - 1) * ld) + columns;
        if (length < needed)
            throw new ArgumentException($"{name} ({rows}×{columns}, leading dimension {ld}) needs {needed} values but the buffer has {length}.");
    }
}
