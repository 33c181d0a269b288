using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>A fitted <see cref="DecisionTreeClassifier"/>: leaves hold class probabilities.</summary>
public sealed class DecisionTreeClassificationModel : IClassificationModel, IFeatureImportance, IPersistable<DecisionTreeClassificationModel>
{
    private const string Tag = nameof(DecisionTreeClassificationModel);
    private const int Version = 1;
    private readonly Forest _forest;

    internal DecisionTreeClassificationModel(Forest forest, int classCount)
    {
        _forest = forest;
        ClassCount = classCount;
    }

    public int FeatureCount => _forest.FeatureCount;

    public int ClassCount { get; }

    public int NodeCount => _forest.Trees[0].NodeCount;

    public int LeafCount => _forest.Trees[0].LeafCount();

    /// <summary>The depth of the deepest leaf (0 when the tree is a single leaf).</summary>
    public int Depth => _forest.Trees[0].Depth();

    public void PredictProbabilities(Matrix x, Matrix destination) => _forest.PredictProbabilities(x, destination);

    /// <summary>Mean decrease in impurity per feature (scikit-learn's <c>feature_importances_</c>), summing to 1.</summary>
    public double[] FeatureImportances() => (double[])_forest.Importances.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        _forest.Write(writer);
    }

    public static DecisionTreeClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        var forest = Forest.ReadClassification(reader);
        return new DecisionTreeClassificationModel(forest, forest.ValueWidth);
    }
}
