using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Tests.Kernels;

/// <summary>Shared checks of an <see cref="IGemm"/> against <see cref="ReferenceGemm"/> over awkward sizes.</summary>
internal static class GemmCases
{
    /// <summary>
    /// Sizes around the blocking: 0, 1, a vector width − 1 (7, 15, 31), micro-tile multiples ± 1, and k beyond one
    /// 256-deep k-block; each with every transpose combination.
    /// </summary>
    public static TheoryData<int, int, int, bool, bool> Sizes()
    {
        var data = new TheoryData<int, int, int, bool, bool>();
        int[][] sizes = [[0, 3, 4], [3, 0, 4], [2, 3, 0], [1, 1, 1], [5, 31, 7], [6, 32, 16], [7, 33, 257], [13, 15, 300], [130, 65, 31], [1, 100, 513]];
        foreach (var s in sizes)
            foreach (var ta in new[] { false, true })
                foreach (var tb in new[] { false, true })
                    data.Add(s[0], s[1], s[2], ta, tb);
        return data;
    }

    public static void MatchesReference(IGemm gemm, int m, int n, int k, bool ta, bool tb, float alpha = 1.5f, float beta = 0.5f, int padding = 3)
    {
        var random = new Random((m * 31) + (n * 7) + k);
        int lda = (ta ? m : k) + padding, ldb = (tb ? k : n) + padding, ldc = n + padding;
        var a = Values(random, (ta ? k : m) * lda);
        var b = Values(random, (tb ? n : k) * ldb);
        var c = Values(random, m * ldc);
        var expected = (float[])c.Clone();
        var magnitude = new float[m * ldc];
        ReferenceGemm.Instance.Multiply(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, expected, ldc);
        ReferenceGemm.Instance.Multiply(ta, tb, m, n, k, Math.Abs(alpha), Abs(a), lda, Abs(b), ldb, 0, magnitude, ldc);

        gemm.Multiply(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var at = (i * ldc) + j;
                var tolerance = 1e-5 * (magnitude[at] + 1);
                Xunit.Assert.True(Math.Abs(expected[at] - c[at]) <= tolerance, $"C[{i},{j}] = {c[at]}, reference {expected[at]}");
            }
            for (var j = n; j < ldc; j++)
                Xunit.Assert.True(c[(i * ldc) + j] == expected[(i * ldc) + j], $"padding C[{i},{j}] was written");
        }
    }

    public static float[] Values(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)((2 * random.NextDouble()) - 1)).ToArray();

    private static float[] Abs(float[] values) => values.Select(Math.Abs).ToArray();
}
