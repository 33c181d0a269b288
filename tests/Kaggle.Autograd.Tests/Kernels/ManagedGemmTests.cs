using System.Runtime.Intrinsics;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Tests.Kernels;

public sealed class ManagedGemmTests
{
    public static TheoryData<int, int, int, bool, bool> Sizes => GemmCases.Sizes();

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Multiply_AvailableWidths_MatchScalarReference(int m, int n, int k, bool ta, bool tb)
    {
        foreach (var bits in new[] { 512, 256, 0 })
        {
            if (bits == 512 && !Vector512.IsHardwareAccelerated) continue;
            if (bits == 256 && !Vector256.IsHardwareAccelerated) continue;
            GemmCases.MatchesReference(new ManagedGemm(bits), m, n, k, ta, tb);
        }
    }

    [Fact]
    public void Multiply_BetaZero_IgnoresNaNInC()
    {
        var c = new[] { float.NaN, float.NaN, float.NaN, float.NaN };

        ManagedGemm.Instance.Multiply(false, false, 2, 2, 1, 1, [1f, 2f], 1, [3f, 4f], 2, 0, c, 2);

        Assert.Equal([3f, 4f, 6f, 8f], c);
    }

    [Fact]
    public void Multiply_ThreadCounts_GiveBitIdenticalResults()
    {
        var random = new Random(7);
        var a = GemmCases.Values(random, 203 * 517);
        var b = GemmCases.Values(random, 517 * 301);
        var one = new float[203 * 301];
        var many = new float[203 * 301];

        using (Engine.Use(threads: 1)) ManagedGemm.Instance.Multiply(false, false, 203, 301, 517, 1, a, 517, b, 301, 0, one, 301);
        using (Engine.Use(threads: 4)) ManagedGemm.Instance.Multiply(false, false, 203, 301, 517, 1, a, 517, b, 301, 0, many, 301);

        Assert.Equal(one, many);
    }

    [Theory]
    [InlineData(203, 301, 517, false, false)]
    [InlineData(37, 11, 5000, true, false)]
    [InlineData(13, 70, 300, false, true)]
    public void Multiply_EveryKernelWidth_GivesBitIdenticalResults(int m, int n, int k, bool ta, bool tb)
    {
        // Each element is summed in the same order by every micro-kernel, so AVX-512, AVX2 and scalar machines agree.
        var random = new Random(11);
        var a = GemmCases.Values(random, m * k);
        var b = GemmCases.Values(random, k * n);
        var scalar = new float[m * n];
        new ManagedGemm(0).Multiply(ta, tb, m, n, k, 0.5f, a, ta ? m : k, b, tb ? k : n, 0, scalar, n);

        foreach (var bits in new[] { 512, 256 })
        {
            if (bits == 512 && !Vector512.IsHardwareAccelerated) continue;
            if (bits == 256 && !Vector256.IsHardwareAccelerated) continue;
            var vector = new float[m * n];
            new ManagedGemm(bits).Multiply(ta, tb, m, n, k, 0.5f, a, ta ? m : k, b, tb ? k : n, 0, vector, n);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Multiply_BufferTooShort_ThrowsNamingTheMatrix()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ManagedGemm.Instance.Multiply(false, false, 2, 2, 3, 1, new float[5], 3, new float[6], 2, 0, new float[4], 2));

        Assert.Contains("A (2×3", error.Message, StringComparison.Ordinal);
    }
}
