namespace Kaggle.Autograd.Models;

/// <summary>Which matrix-multiply kernel a learner trains with.</summary>
public enum GemmBackend
{
    /// <summary>The managed SIMD kernel: bit-identical at any thread count and on AVX2 or AVX-512 machines.</summary>
    Managed,

    /// <summary>OpenBLAS with its process-wide pool (fixed at load): reproducible for one pool size only.</summary>
    OpenBlas,
}
