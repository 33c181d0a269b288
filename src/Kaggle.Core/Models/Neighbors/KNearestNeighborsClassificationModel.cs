using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// A fitted <see cref="KNearestNeighborsClassifier"/>: the training rows and classes. Immutable; prediction is
/// thread-safe and costs one nearest-neighbour search per row.
/// </summary>
public sealed class KNearestNeighborsClassificationModel : IClassificationModel, IPersistable<KNearestNeighborsClassificationModel>
{
    private const string Tag = "KNearestNeighborsClassificationModel";
    private const int Version = 1;

    private readonly NeighborSearch _search;

    internal KNearestNeighborsClassificationModel(NeighborSearch search, int classCount)
    {
        _search = search;
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public int FeatureCount => _search.Train.ColumnCount;

    /// <summary>
    /// The <c>K</c> nearest training rows of each row of <paramref name="x"/>, nearest first (ties: lower row first),
    /// row-major (rows × K), with their distances.
    /// </summary>
    public (int[] Rows, double[] Distances) Neighbors(Matrix x)
    {
        var k = _search.K;
        var rows = new int[x.RowCount * k];
        var distances = new double[x.RowCount * k];
        _search.Query(x, rows, distances);
        return (rows, distances);
    }

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(x);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException($"destination is {destination.RowCount}x{destination.ColumnCount} but {x.RowCount}x{ClassCount} is needed.", nameof(destination));
        var targets = _search.Targets;
        _search.ForEachNeighborhood(x, (i, neighbors, votes) =>
        {
            var output = destination.Row(i);
            output.Clear();
            var total = 0.0;
            for (var j = 0; j < neighbors.Length; j++)
            {
                output[(int)targets[neighbors[j]]] += votes[j];
                total += votes[j];
            }
            if (total > 0)
            {
                for (var c = 0; c < output.Length; c++) output[c] /= total;
                return;
            }
            // Every neighbour weighs 0 (zero sample weights): fall back to a plain vote.
            for (var j = 0; j < neighbors.Length; j++) output[(int)targets[neighbors[j]]] += 1.0 / neighbors.Length;
        });
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        _search.Save(writer);
    }

    public static KNearestNeighborsClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var classCount = reader.ReadInt32();
            return new KNearestNeighborsClassificationModel(NeighborSearch.Load(reader), classCount);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
