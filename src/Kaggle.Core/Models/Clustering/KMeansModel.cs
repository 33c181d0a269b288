using Kaggle.Core.Data;
using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Core.Models.Clustering;

/// <summary>
/// A fitted <see cref="KMeans"/>: the centres, the training inertia and the iterations taken.
/// <see cref="Transform"/> gives each row's Euclidean distance to every centre (rows × clusters), the feature the
/// <c>KMeansFeatures</c> step adds; <see cref="Predict"/> gives the nearest centre. Immutable and thread-safe.
/// </summary>
public sealed class KMeansModel : ITransformer, IPersistable<KMeansModel>
{
    private const string Tag = "KMeansModel";
    private const int Version = 1;

    private readonly Matrix _centres;

    internal KMeansModel(Matrix centres, double inertia, int iterations)
    {
        _centres = centres;
        Inertia = inertia;
        Iterations = iterations;
    }

    public int FeatureCount => _centres.ColumnCount;

    /// <summary>The number of clusters.</summary>
    public int ClusterCount => _centres.RowCount;

    /// <summary>The centres (clusters × features), a copy.</summary>
    public Matrix Centroids => _centres.Clone();

    /// <summary>The sum of squared distances of the training rows to their nearest centre.</summary>
    public double Inertia { get; }

    /// <summary>The Lloyd iterations of the winning run.</summary>
    public int Iterations { get; }

    /// <summary>Each row's Euclidean distance to each centre (rows × clusters).</summary>
    public Matrix Transform(Matrix x)
    {
        Guard.PredictionSet(x, FeatureCount);
        var result = new Matrix(x.RowCount, ClusterCount);
        for (var i = 0; i < x.RowCount; i++)
            for (var c = 0; c < ClusterCount; c++)
                result[i, c] = Math.Sqrt(DistanceKernels.SquaredEuclidean(x.Row(i), _centres.Row(c)));
        return result;
    }

    /// <summary>The nearest centre of each row (the lower index on a tie).</summary>
    public int[] Predict(Matrix x)
    {
        var distances = Transform(x);
        var labels = new int[x.RowCount];
        for (var i = 0; i < labels.Length; i++)
        {
            var row = distances.Row(i);
            for (var c = 1; c < row.Length; c++) if (row[c] < row[labels[i]]) labels[i] = c;
        }
        return labels;
    }

    /// <summary>The inertia of <paramref name="x"/> under these centres (scikit-learn's −score).</summary>
    public double InertiaOf(Matrix x)
    {
        var distances = Transform(x);
        var labels = Predict(x);
        var total = 0.0;
        for (var i = 0; i < labels.Length; i++) total += distances[i, labels[i]] * distances[i, labels[i]];
        return total;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClusterCount);
        writer.WriteArray(_centres.Values);
        writer.Write(Inertia);
        writer.Write(Iterations);
    }

    public static KMeansModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var k = reader.ReadInt32();
            var values = reader.ReadDoubleArray();
            if (k < 1 || values.Length % k != 0)
                throw new InvalidDataException($"{Tag}: {values.Length} centre values do not split into {k} centres.");
            return new KMeansModel(new Matrix(k, values.Length / k, values), reader.ReadDouble(), reader.ReadInt32());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
