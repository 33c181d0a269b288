using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// The scatter matrix of the centred data, XcᵀXc = XᵀX − n·μμᵀ (columns × columns, row-major, symmetric), without
/// forming Xc: zero entries of X are skipped (pixel data is mostly zeros, which centring would destroy). The
/// output is cut into square tiles; each tile of the upper triangle is one task that sums over all rows in order,
/// so every entry is the same at any thread count and no partial matrices are added up.
/// </summary>
internal static class Scatter
{
    // A 128 × 128 accumulator (128 KB) stays in L2 while the rows stream past.
    private const int Tile = 128;

    public static double[] Centred(Matrix x, ReadOnlySpan<double> means, int threads)
    {
        var (n, d) = (x.RowCount, x.ColumnCount);
        var tiles = (d + Tile - 1) / Tile;
        var occupied = Occupancy(x, tiles, threads);
        var tasks = new List<(int A, int B)>();
        for (var a = 0; a < tiles; a++)
            for (var b = a; b < tiles; b++) tasks.Add((a, b));
        var mu = means.ToArray();
        var result = new double[d * d];
        TreeParallel.For(tasks.Count, threads, t =>
        {
            var (a, b) = tasks[t];
            var (j0, j1) = (a * Tile, Math.Min(d, (a + 1) * Tile));
            var (k0, k1) = (b * Tile, Math.Min(d, (b + 1) * Tile));
            var width = k1 - k0;
            var sum = new double[(j1 - j0) * width];
            for (var i = 0; i < n; i++)
            {
                if (!occupied[(i * tiles) + a] || !occupied[(i * tiles) + b]) continue;
                var row = x.Row(i);
                var right = row.Slice(k0, width);
                for (var j = j0; j < j1; j++)
                {
                    if (row[j] == 0) continue;
                    var target = sum.AsSpan((j - j0) * width, width);
                    TensorPrimitives.MultiplyAdd(right, row[j], target, target);
                }
            }
            for (var j = j0; j < j1; j++)
                for (var k = k0; k < k1; k++)
                {
                    var value = sum[((j - j0) * width) + k - k0] - (n * mu[j] * mu[k]);
                    result[(j * d) + k] = value;
                    result[(k * d) + j] = value;
                }
        });
        return result;
    }

    // Whether row i has a non-zero in column tile t: a row that has none contributes nothing to the tile's products.
    private static bool[] Occupancy(Matrix x, int tiles, int threads)
    {
        var d = x.ColumnCount;
        var occupied = new bool[x.RowCount * tiles];
        TreeParallel.For(x.RowCount, threads, i =>
        {
            var row = x.Row(i);
            for (var t = 0; t < tiles; t++)
            {
                var segment = row[(t * Tile)..Math.Min(d, (t + 1) * Tile)];
                occupied[(i * tiles) + t] = segment.ContainsAnyExcept(0.0);
            }
        });
        return occupied;
    }
}
