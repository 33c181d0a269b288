using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>A fitted <see cref="RandomForestRegressor"/>: the mean of its trees' predictions, summed in tree order.</summary>
public sealed class RandomForestRegressionModel : IRegressionModel, IFeatureImportance, IPersistable<RandomForestRegressionModel>
{
    private const string Tag = nameof(RandomForestRegressionModel);
    private const int Version = 1;
    private readonly Forest _forest;

    internal RandomForestRegressionModel(Forest forest) => _forest = forest;

    public int FeatureCount => _forest.FeatureCount;

    public int TreeCount => _forest.Trees.Length;

    public void Predict(Matrix x, Span<double> destination) => _forest.PredictMean(x, destination);

    /// <summary>The mean over trees of each tree's normalised squared-error decrease per feature, summing to 1.</summary>
    public double[] FeatureImportances() => (double[])_forest.Importances.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        _forest.Write(writer);
    }

    public static RandomForestRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        var forest = Forest.Read(reader);
        if (forest.ValueWidth != 1)
            throw new InvalidDataException($"A regression forest holds 1 value per leaf, not {forest.ValueWidth}.");
        return new RandomForestRegressionModel(forest);
    }
}
