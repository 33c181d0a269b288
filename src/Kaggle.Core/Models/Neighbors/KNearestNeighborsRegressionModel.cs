using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>A fitted <see cref="KNearestNeighborsRegressor"/>: the training rows and targets. Immutable; prediction is thread-safe.</summary>
public sealed class KNearestNeighborsRegressionModel : IRegressionModel, IPersistable<KNearestNeighborsRegressionModel>
{
    private const string Tag = "KNearestNeighborsRegressionModel";
    private const int Version = 1;

    private readonly NeighborSearch _search;

    internal KNearestNeighborsRegressionModel(NeighborSearch search) => _search = search;

    public int FeatureCount => _search.Train.ColumnCount;

    public void Predict(Matrix x, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.Destination(destination.Length, x.RowCount);
        var result = new double[x.RowCount];
        var targets = _search.Targets;
        _search.ForEachNeighborhood(x, (i, neighbors, votes) =>
        {
            double sum = 0, total = 0, plain = 0;
            for (var j = 0; j < neighbors.Length; j++)
            {
                sum += votes[j] * targets[neighbors[j]];
                total += votes[j];
                plain += targets[neighbors[j]];
            }
            // Every neighbour weighs 0 (zero sample weights): fall back to the plain mean.
            result[i] = total > 0 ? sum / total : plain / neighbors.Length;
        });
        result.CopyTo(destination);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        _search.Save(writer);
    }

    public static KNearestNeighborsRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            return new KNearestNeighborsRegressionModel(NeighborSearch.Load(reader));
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
