using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>A fitted <see cref="RandomForestClassifier"/>: the mean of its trees' leaf class probabilities, summed in tree order.</summary>
public sealed class RandomForestClassificationModel : IClassificationModel, IFeatureImportance, IPersistable<RandomForestClassificationModel>
{
    private const string Tag = nameof(RandomForestClassificationModel);
    private const int Version = 1;
    private readonly Forest _forest;

    internal RandomForestClassificationModel(Forest forest, int classCount)
    {
        _forest = forest;
        ClassCount = classCount;
    }

    public int FeatureCount => _forest.FeatureCount;

    public int ClassCount { get; }

    public int TreeCount => _forest.Trees.Length;

    /// <summary>The mean depth of the trees.</summary>
    public double MeanDepth => _forest.Trees.Average(t => t.Depth());

    /// <summary>The mean leaf count of the trees.</summary>
    public double MeanLeafCount => _forest.Trees.Average(t => t.LeafCount());

    public void PredictProbabilities(Matrix x, Matrix destination) => _forest.PredictProbabilities(x, destination);

    /// <summary>The mean over trees of each tree's normalised impurity decrease per feature, summing to 1.</summary>
    public double[] FeatureImportances() => (double[])_forest.Importances.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        _forest.Write(writer);
    }

    public static RandomForestClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        var forest = Forest.ReadClassification(reader);
        return new RandomForestClassificationModel(forest, forest.ValueWidth);
    }
}
