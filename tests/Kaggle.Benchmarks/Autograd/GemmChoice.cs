using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Native;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>Parses <c>--gemm openblas|managed</c> (default: the engine's default kernel).</summary>
internal static class GemmChoice
{
    public static IGemm Parse(string name) => name switch
    {
        "default" => Gemm.Default(),
        "managed" => ManagedGemm.Instance,
        "openblas" => OpenBlasGemm.Load(),
        _ => throw new ArgumentException($"--gemm must be default, managed or openblas; got '{name}'."),
    };
}
