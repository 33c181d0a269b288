using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>A fitted <see cref="DecisionTreeRegressor"/>: leaves hold mean targets.</summary>
public sealed class DecisionTreeRegressionModel : IRegressionModel, IFeatureImportance, IPersistable<DecisionTreeRegressionModel>
{
    private const string Tag = nameof(DecisionTreeRegressionModel);
    private const int Version = 1;
    private readonly Forest _forest;

    internal DecisionTreeRegressionModel(Forest forest) => _forest = forest;

    public int FeatureCount => _forest.FeatureCount;

    public int NodeCount => _forest.Trees[0].NodeCount;

    public int LeafCount => _forest.Trees[0].LeafCount();

    /// <summary>The depth of the deepest leaf (0 when the tree is a single leaf).</summary>
    public int Depth => _forest.Trees[0].Depth();

    public void Predict(Matrix x, Span<double> destination) => _forest.PredictMean(x, destination);

    /// <summary>Mean decrease in squared error per feature (scikit-learn's <c>feature_importances_</c>), summing to 1.</summary>
    public double[] FeatureImportances() => (double[])_forest.Importances.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        _forest.Write(writer);
    }

    public static DecisionTreeRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        var forest = Forest.Read(reader);
        if (forest.ValueWidth != 1)
            throw new InvalidDataException($"A regression tree holds 1 value per leaf, not {forest.ValueWidth}.");
        return new DecisionTreeRegressionModel(forest);
    }
}
