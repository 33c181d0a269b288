using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// What a fitted nearest-neighbour model keeps: the training rows and targets, the row weights, the search options
/// and the <see cref="NeighborIndex"/> built from them. Shared by the classification and regression models,
/// including their persistence (the index is rebuilt on load, deterministically).
/// </summary>
internal sealed class NeighborSearch
{
    private readonly NeighborIndex _index;

    public NeighborSearch(Matrix train, double[] targets, double[] weights, int k, NeighborWeighting weighting,
        DistanceMetric metric, NeighborAlgorithm algorithm, int leafSize, int threads)
    {
        Train = train;
        Targets = targets;
        Weights = weights;
        K = k;
        Weighting = weighting;
        Metric = metric;
        Algorithm = algorithm;
        LeafSize = leafSize;
        Threads = threads;
        _index = new NeighborIndex(train, metric, algorithm, leafSize);
    }

    public Matrix Train { get; }

    public double[] Targets { get; }

    public double[] Weights { get; }

    public int K { get; }

    public NeighborWeighting Weighting { get; }

    public DistanceMetric Metric { get; }

    public NeighborAlgorithm Algorithm { get; }

    public int LeafSize { get; }

    public int Threads { get; }

    /// <summary>Validates the options and the training set and copies what the model keeps.</summary>
    public static NeighborSearch Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, int k,
        NeighborWeighting weighting, DistanceMetric metric, NeighborAlgorithm algorithm, int leafSize, int threads)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, "K");
        ArgumentOutOfRangeException.ThrowIfLessThan(leafSize, 1, "LeafSize");
        if (k > x.RowCount)
            throw new ArgumentException($"K is {k} but the training set has only {x.RowCount} rows; K must not exceed the row count.", nameof(x));
        var weights = sampleWeight.IsEmpty ? [.. Enumerable.Repeat(1.0, x.RowCount)] : sampleWeight.ToArray();
        return new NeighborSearch(x.Clone(), y.ToArray(), weights, k, weighting, metric, algorithm, leafSize,
            TreeFitting.ResolveThreads(threads));
    }

    /// <summary>
    /// Calls <paramref name="combine"/> for each row of <paramref name="x"/> with its neighbours' training rows and
    /// vote weights (row weight × distance weight), nearest first.
    /// </summary>
    public void ForEachNeighborhood(Matrix x, Action<int, ReadOnlySpan<int>, ReadOnlySpan<double>> combine)
    {
        var rows = new int[x.RowCount * K];
        var distances = new double[x.RowCount * K];
        Query(x, rows, distances);
        var votes = new double[K];
        for (var i = 0; i < x.RowCount; i++)
        {
            var neighbors = rows.AsSpan(i * K, K);
            var near = distances.AsSpan(i * K, K);
            var exact = near.IndexOf(0.0) >= 0;
            for (var j = 0; j < K; j++)
            {
                var w = Weighting == NeighborWeighting.Uniform ? 1.0 : exact ? (near[j] == 0 ? 1.0 : 0.0) : 1 / near[j];
                votes[j] = w * Weights[neighbors[j]];
            }
            combine(i, neighbors, votes);
        }
    }

    /// <summary>The K nearest training rows of each row of <paramref name="x"/> and their true distances, row-major.</summary>
    public void Query(Matrix x, int[] rows, double[] distances)
    {
        Guard.PredictionSet(x, Train.ColumnCount);
        Guard.NoMissing(x);
        _index.Query(x, K, Threads, rows, distances);
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(Train.RowCount);
        writer.Write(Train.ColumnCount);
        writer.WriteArray(Train.Values);
        writer.WriteArray(Targets);
        writer.WriteArray(Weights);
        writer.Write(K);
        writer.Write((int)Weighting);
        writer.Write((int)Metric);
        writer.Write((int)Algorithm);
        writer.Write(LeafSize);
        writer.Write(Threads);
    }

    public static NeighborSearch Load(BinaryReader reader)
    {
        var rows = reader.ReadInt32();
        var columns = reader.ReadInt32();
        var train = new Matrix(rows, columns, reader.ReadDoubleArray());
        var targets = reader.ReadDoubleArray();
        var weights = reader.ReadDoubleArray();
        if (targets.Length != rows || weights.Length != rows)
            throw new InvalidDataException($"{rows} training rows but {targets.Length} targets and {weights.Length} weights.");
        return new NeighborSearch(train, targets, weights, reader.ReadInt32(), (NeighborWeighting)reader.ReadInt32(),
            (DistanceMetric)reader.ReadInt32(), (NeighborAlgorithm)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
    }
}
