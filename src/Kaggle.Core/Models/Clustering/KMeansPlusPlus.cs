using Kaggle.Core.Data;
using Kaggle.Core.Models.Neighbors;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Clustering;

/// <summary>
/// Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, http://ilpubs.stanford.edu:8090/778/, with scikit-learn's
/// greedy variant): the first centre is a uniformly drawn row; each next one is the best, by resulting inertia, of
/// 2 + ⌊ln k⌋ rows drawn with probability proportional to their squared distance to the nearest centre so far.
/// </summary>
internal static class KMeansPlusPlus
{
    private const int Block = 1024;

    public static Matrix Seed(Matrix x, int k, long seed, int threads)
    {
        var random = new SplitMix64(seed);
        var (n, d) = (x.RowCount, x.ColumnCount);
        var centres = new Matrix(k, d);
        var first = random.NextInt(n);
        x.Row(first).CopyTo(centres.Row(0));
        var closest = new double[n];
        TreeParallel.For((n + Block - 1) / Block, threads, b =>
        {
            for (var i = b * Block; i < Math.Min((b + 1) * Block, n); i++) closest[i] = DistanceKernels.SquaredEuclidean(x.Row(i), x.Row(first));
        });
        var trials = 2 + (int)Math.Log(k);
        var candidates = new double[trials][];
        for (var t = 0; t < trials; t++) candidates[t] = new double[n];
        var rows = new int[trials];
        for (var c = 1; c < k; c++)
        {
            var potential = closest.Sum();
            // The draws depend only on the distances so far, so all trials are drawn first and measured in one pass.
            for (var t = 0; t < trials; t++) rows[t] = Draw(closest, random.NextDouble() * potential);
            Measure(x, rows, closest, candidates, threads);
            var bestPotential = double.PositiveInfinity;
            var best = -1;
            for (var t = 0; t < trials; t++)
            {
                // Summed in row order after the parallel part, so the potential is the same at any thread count.
                var sum = 0.0;
                foreach (var v in candidates[t]) sum += v;
                if (sum < bestPotential) (bestPotential, best) = (sum, t);
            }
            x.Row(rows[best]).CopyTo(centres.Row(c));
            (closest, candidates[best]) = (candidates[best], closest);
        }
        return centres;
    }

    // candidates[t][i] = min(closest[i], ‖xᵢ − x_rows[t]‖²): each data row is read once for four trials
    // (SquaredEuclidean4 gives the single kernel's bits), in row blocks on several threads.
    private static void Measure(Matrix x, int[] rows, double[] closest, double[][] candidates, int threads)
    {
        var (n, d) = (x.RowCount, x.ColumnCount);
        var stacked = new double[rows.Length * d];
        for (var t = 0; t < rows.Length; t++) x.Row(rows[t]).CopyTo(stacked.AsSpan(t * d, d));
        TreeParallel.For((n + Block - 1) / Block, threads, b =>
        {
            Span<double> four = stackalloc double[4];
            for (var i = b * Block; i < Math.Min((b + 1) * Block, n); i++)
            {
                var row = x.Row(i);
                var t = 0;
                for (; t + 4 <= rows.Length; t += 4)
                {
                    DistanceKernels.SquaredEuclidean4(row, stacked.AsSpan(t * d, 4 * d), four);
                    for (var u = 0; u < 4; u++) candidates[t + u][i] = Math.Min(closest[i], four[u]);
                }
                for (; t < rows.Length; t++)
                    candidates[t][i] = Math.Min(closest[i], DistanceKernels.SquaredEuclidean(row, stacked.AsSpan(t * d, d)));
            }
        });
    }

    // The first row whose running sum of squared distances reaches the target (the last row when rounding overshoots).
    private static int Draw(double[] closest, double target)
    {
        var sum = 0.0;
        for (var i = 0; i < closest.Length; i++)
        {
            sum += closest[i];
            if (sum > target && closest[i] > 0) return i;
        }
        for (var i = closest.Length - 1; i > 0; i--)
            if (closest[i] > 0) return i;
        return closest.Length - 1;
    }
}
