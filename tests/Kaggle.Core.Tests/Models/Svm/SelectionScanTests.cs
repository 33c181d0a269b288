using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class SelectionScanTests
{
    private const double Tau = 1e-12;

    public static TheoryData<int> Lengths => [0, 1, 3, 4, 5, 7, 8, 9, 16, 17, 100, 2001];

    // Gradients on a coarse grid so many variables tie (as at the start of a solve, where every ∇ᵥ = −1).
    private static (double[] Sign, double[] Gradient, long[] Up, long[] Low, double[] Diagonal, double[] Column) Problem(int length, int seed)
    {
        var random = new SplitMix64(seed);
        var sign = Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.5 ? -1.0 : 1.0).ToArray();
        var gradient = Enumerable.Range(0, length).Select(_ => Math.Round((random.NextDouble() * 4) - 2, 1)).ToArray();
        var up = Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.7 ? -1L : 0L).ToArray();
        var low = Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.7 ? -1L : 0L).ToArray();
        var diagonal = Enumerable.Range(0, length).Select(_ => 1.0).ToArray();
        // Some columns equal the diagonal, so quad = 0 takes τ.
        var column = Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.1 ? 1.0 : Math.Round(random.NextDouble(), 2)).ToArray();
        return (sign, gradient, up, low, diagonal, column);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void MaxUp_EqualsSequentialScan_LastIndexOnTies(int length)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var (sign, gradient, up, _, _, _) = Problem(length, seed);
            var (best, index) = (double.NegativeInfinity, -1);
            for (var t = 0; t < length; t++)
            {
                if (up[t] == 0) continue;
                var g = -sign[t] * gradient[t];
                if (g >= best) (best, index) = (g, t);
            }

            var (max, at) = SelectionScan.MaxUp(sign, gradient, up);

            Assert.Equal(index, at);
            Assert.Equal(best, max);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void MinDecrease_EqualsSequentialScan_LastIndexOnTies(int length)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var (sign, gradient, _, low, diagonal, column) = Problem(length, seed);
            var (gmax, diagonalI) = (0.5, 1.0);
            var (max, best, index) = (double.NegativeInfinity, double.PositiveInfinity, -1);
            for (var t = 0; t < length; t++)
            {
                if (low[t] == 0) continue;
                var g = sign[t] * gradient[t];
                if (g >= max) max = g;
                var gradDiff = gmax + g;
                if (gradDiff <= 0) continue;
                var quad = diagonalI + diagonal[t] - (2.0 * column[t]);
                var decrease = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                if (decrease <= best) (best, index) = (decrease, t);
            }

            var scan = SelectionScan.MinDecrease(sign, gradient, low, diagonal, column, diagonalI, gmax, Tau);

            Assert.Equal(index, scan.Index);
            Assert.Equal(best, scan.Decrease);
            Assert.Equal(max, scan.Max);
        }
    }
}
