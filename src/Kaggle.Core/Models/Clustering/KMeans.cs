using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Clustering;

/// <summary>
/// k-means clustering (https://en.wikipedia.org/wiki/K-means_clustering), as scikit-learn's <c>KMeans</c>: greedy
/// k-means++ seeding, Lloyd iterations accelerated by Hamerly's bounds, and <see cref="Restarts"/> independent runs
/// of which the lowest inertia (sum of squared distances to the nearest centre) wins. Each restart is seeded
/// from <see cref="Seed"/> by <see cref="SplitMix64.Derive(long, long)"/>; the result is identical at any thread count. A cluster
/// that loses all its rows keeps its centre (scikit-learn moves it to a far row instead).
/// </summary>
public sealed record KMeans : IUnsupervisedLearner<KMeansModel>
{
    /// <summary>The number of clusters k, 1 ≤ k ≤ rows (default 8, as scikit-learn).</summary>
    public int Clusters { get; init; } = 8;

    /// <summary>Independent seeded runs; the lowest inertia is kept (default 10, scikit-learn 1.2's n_init).</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Most Lloyd iterations per run (default 300).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Stop when Σ‖Δcentre‖² ≤ Tolerance × the mean column variance (default 1e-4, as scikit-learn).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Fixed starting centres (Clusters × features) instead of k-means++; then one run is made.</summary>
    public Matrix? InitialCentroids { get; init; }

    /// <summary>Seed of the k-means++ draws (default 0).</summary>
    public int Seed { get; init; }

    /// <summary>Threads for the assignment and update steps; 0 uses every core.</summary>
    public int Threads { get; init; }

    public KMeansModel Fit(Matrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw new ArgumentException($"k-means needs at least one row and one column; x is {x.RowCount}x{x.ColumnCount}.", nameof(x));
        Guard.NoMissing(x);
        if (Clusters < 1 || Clusters > x.RowCount)
            throw new ArgumentOutOfRangeException(nameof(Clusters), Clusters, $"Clusters must be in [1, {x.RowCount}] (the row count).");
        ArgumentOutOfRangeException.ThrowIfLessThan(Restarts, 1, nameof(Restarts));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be non-negative.");
        if (InitialCentroids is { } init && (init.RowCount != Clusters || init.ColumnCount != x.ColumnCount))
            throw new ArgumentException($"InitialCentroids is {init.RowCount}x{init.ColumnCount} but {Clusters}x{x.ColumnCount} (Clusters × features) is needed.", nameof(InitialCentroids));
        var threads = TreeFitting.ResolveThreads(Threads);
        var tolerance = Tolerance * MeanColumnVariance(x);

        HamerlyLloyd.Result? best = null;
        var runs = InitialCentroids is null ? Restarts : 1;
        for (var r = 0; r < runs; r++)
        {
            var initial = InitialCentroids ?? KMeansPlusPlus.Seed(x, Clusters, SplitMix64.Derive(Seed, r), threads);
            var result = HamerlyLloyd.Run(x, initial, MaxIterations, tolerance, threads);
            if (best is null || result.Inertia < best.Inertia) best = result;
        }
        return new KMeansModel(best!.Centres, best.Inertia, best.Iterations);
    }

    // Row by row (a column at a time would stride across the whole matrix for every column); each column's sums
    // still run over the rows in order.
    private static double MeanColumnVariance(Matrix x)
    {
        var (n, d) = (x.RowCount, x.ColumnCount);
        var means = new double[d];
        for (var i = 0; i < n; i++) TensorPrimitives.Add(means, x.Row(i), means);
        for (var j = 0; j < d; j++) means[j] /= n;
        var squares = new double[d];
        var deviation = new double[d];
        for (var i = 0; i < n; i++)
        {
            TensorPrimitives.Subtract(x.Row(i), means, deviation);
            TensorPrimitives.MultiplyAdd(deviation, deviation, squares, squares);
        }
        var total = 0.0;
        for (var j = 0; j < d; j++) total += squares[j] / n;
        return total / d;
    }
}
