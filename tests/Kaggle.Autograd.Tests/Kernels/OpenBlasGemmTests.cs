using Kaggle.Autograd.Native;

namespace Kaggle.Autograd.Tests.Kernels;

public sealed class OpenBlasGemmTests
{
    public static TheoryData<int, int, int, bool, bool> Sizes => GemmCases.Sizes();

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Multiply_MatchesScalarReference(int m, int n, int k, bool ta, bool tb) =>
        GemmCases.MatchesReference(Blas(), m, n, k, ta, tb);

    [Fact]
    public void Multiply_SamePoolSize_IsRepeatable()
    {
        // OpenBLAS 0.3.21 gives different bits for different pool sizes (1, 2, 3, 4 threads all differ on these
        // shapes), which is why the engine fixes the pool once at load; for one pool size it must repeat exactly.
        var blas = Blas();
        var random = new Random(3);
        int[][] shapes = [[128, 256, 784], [64, 15488, 288], [64, 288, 15488]];
        foreach (var s in shapes)
        {
            int m = s[0], n = s[1], k = s[2];
            var a = GemmCases.Values(random, m * k);
            var b = GemmCases.Values(random, k * n);
            var first = new float[m * n];
            var second = new float[m * n];

            blas.Multiply(false, false, m, n, k, 1, a, k, b, n, 0, first, n);
            blas.Multiply(false, false, m, n, k, 1, a, k, b, n, 0, second, n);

            Assert.True(first.AsSpan().SequenceEqual(second), $"{m}×{n}×{k} differs between two identical calls");
        }
    }

    private static OpenBlasGemm Blas()
    {
        if (!OpenBlasGemm.TryLoad(out var blas, out var error)) Assert.Skip(error);
        return blas;
    }
}
