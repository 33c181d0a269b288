using System.Runtime.Intrinsics;
using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class KernelExpTests
{
    private static double[] Exp(params double[] x)
    {
        var result = new double[x.Length];
        for (var t = 0; t < x.Length; t += 4)
        {
            var lanes = new double[4];
            x.AsSpan(t, Math.Min(4, x.Length - t)).CopyTo(lanes);
            var e = KernelExp.Exp(Vector256.Create(lanes));
            for (var k = 0; k < 4 && t + k < x.Length; k++) result[t + k] = e[k];
        }
        return result;
    }

    [Fact]
    public void Exp_OverTheKernelRange_WithinTwoUlpsOfMathExp()
    {
        var random = new SplitMix64(7);
        // Mostly the kernel's usual arguments (−50 to 0), then the whole range down to the subnormals.
        var x = Enumerable.Range(0, 40_000).Select(i => i % 2 == 0 ? -50 * random.NextDouble() : -745 * random.NextDouble()).ToArray();

        var e = Exp(x);

        for (var i = 0; i < x.Length; i++)
        {
            var expected = Math.Exp(x[i]);
            var ulp = Math.Max(Math.BitIncrement(expected) - expected, double.Epsilon);
            Assert.True(Math.Abs(e[i] - expected) <= 2 * ulp, $"exp({x[i]:R}) = {e[i]:R}, Math.Exp gives {expected:R}");
        }
    }

    [Fact]
    public void Exp_AtTheEnds_OneAtZeroAndZeroFarBelow()
    {
        var e = Exp(0.0, -0.0, -746, double.NegativeInfinity);

        Assert.Equal([1.0, 1.0, 0.0, 0.0], e);
    }
}
