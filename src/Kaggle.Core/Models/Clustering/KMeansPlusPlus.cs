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
        var candidate = new double[n];
        var best = new double[n];
        for (var c = 1; c < k; c++)
        {
            var potential = closest.Sum();
            var bestPotential = double.PositiveInfinity;
            var bestRow = -1;
            for (var t = 0; t < trials; t++)
            {
                var row = Draw(closest, random.NextDouble() * potential);
                var current = candidate;
                TreeParallel.For((n + Block - 1) / Block, threads, b =>
                {
                    for (var i = b * Block; i < Math.Min((b + 1) * Block, n); i++)
                        current[i] = Math.Min(closest[i], DistanceKernels.SquaredEuclidean(x.Row(i), x.Row(row)));
                });
                // Summed in row order after the parallel part, so the potential is the same at any thread count.
                var sum = 0.0;
                for (var i = 0; i < n; i++) sum += candidate[i];
                if (sum < bestPotential)
                {
                    (bestPotential, bestRow) = (sum, row);
                    (best, candidate) = (candidate, best);
                }
            }
            x.Row(bestRow).CopyTo(centres.Row(c));
            (closest, best) = (best, closest);
        }
        return centres;
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
