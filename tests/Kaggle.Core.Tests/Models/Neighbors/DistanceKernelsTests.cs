using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Core.Tests.Models.Neighbors;

public sealed class DistanceKernelsTests
{
    // 0, 1, a vector width ± 1, the 8-wide unroll ± 1, odd tails and a long row.
    public static TheoryData<int> Lengths => [0, 1, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 50, 784];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void SquaredEuclidean_RandomRows_MatchesScalarReference(int length)
    {
        var (a, b) = Rows(length, seed: length);

        var vectorised = DistanceKernels.SquaredEuclidean(a, b);

        Assert.Equal(DistanceKernels.SquaredEuclideanScalar(a, b), vectorised, 1e-10 * (1 + vectorised));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Manhattan_RandomRows_MatchesScalarReference(int length)
    {
        var (a, b) = Rows(length, seed: 100 + length);

        var vectorised = DistanceKernels.Manhattan(a, b);

        Assert.Equal(DistanceKernels.ManhattanScalar(a, b), vectorised, 1e-10 * (1 + vectorised));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void SquaredEuclidean4_FourRows_EqualsPairKernelBitForBit(int length)
    {
        var (query, _) = Rows(length, seed: 200 + length);
        var (rows, _) = Rows(4 * length, seed: 300 + length);
        var result = new double[4];

        DistanceKernels.SquaredEuclidean4(query, rows, result);

        for (var r = 0; r < 4; r++)
            Assert.Equal(DistanceKernels.SquaredEuclidean(query, rows.AsSpan(r * length, length)), result[r]);
    }

    private static (double[] A, double[] B) Rows(int length, int seed)
    {
        var random = new SplitMix64(seed);
        return ([.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 20) - 10)],
            [.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 20) - 10)]);
    }
}
