using Kaggle.Core.Data;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Core.Tests.Models.Decomposition;

public sealed class ScatterTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 7)]
    [InlineData(300, 127)]
    [InlineData(300, 129)]
    [InlineData(200, 300)]
    public void Centred_SparseRows_MatchesScalarReference(int rows, int columns)
    {
        var (x, means) = SparseRows(rows, columns, seed: rows + columns);

        var tiled = Scatter.Centred(x, means, threads: 2);

        var reference = Reference(x, means);
        for (var k = 0; k < reference.Length; k++) Assert.Equal(reference[k], tiled[k], 1e-9 * (1 + Math.Abs(reference[k])));
    }

    [Fact]
    public void Centred_OneAndFourThreads_BitIdentical()
    {
        var (x, means) = SparseRows(700, 260, seed: 5);

        var one = Scatter.Centred(x, means, threads: 1);
        var four = Scatter.Centred(x, means, threads: 4);

        Assert.Equal(one, four);
    }

    // Σᵢ (xᵢ − μ)(xᵢ − μ)ᵀ, the plain way.
    private static double[] Reference(Matrix x, double[] means)
    {
        var d = x.ColumnCount;
        var result = new double[d * d];
        for (var i = 0; i < x.RowCount; i++)
            for (var j = 0; j < d; j++)
                for (var k = 0; k < d; k++) result[(j * d) + k] += (x[i, j] - means[j]) * (x[i, k] - means[k]);
        return result;
    }

    // Mostly zeros with an offset column, as pixel data has: the zero skipping and the centring both matter.
    private static (Matrix X, double[] Means) SparseRows(int rows, int columns, int seed)
    {
        var random = new SplitMix64(seed);
        var x = new Matrix(rows, columns);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = random.NextDouble() < 0.7 ? 0 : Math.Round(random.NextDouble() * 255);
        for (var i = 0; i < rows; i++) x[i, 0] += 100;
        var means = new double[columns];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) means[j] += x[i, j] / rows;
        return (x, means);
    }
}
