using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A random forest of CART classification trees (Breiman, 2001; https://en.wikipedia.org/wiki/Random_forest): each
/// tree is grown on a bootstrap sample, drawing <see cref="MaxFeatures"/> features at every node, and the forest
/// predicts the mean of the trees' leaf class probabilities, as scikit-learn's <c>RandomForestClassifier</c> does.
/// Features are binned once per fit (at most <see cref="MaxBins"/> bins, exact for features with fewer distinct
/// values), which is what makes growing deep trees cheap. NaN features are allowed (a learned side per split).
/// Trees are grown on <see cref="Threads"/> threads; the model is bit-identical at any thread count.
/// </summary>
public sealed record RandomForestClassifier : ILearner<RandomForestClassificationModel>
{
    public int Trees { get; init; } = 100;

    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>The deepest a leaf may be; null (the default) grows until leaves are pure or too small.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer rows (distinct rows of the bootstrap sample) than this is not split (≥ 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (≥ 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features drawn at each node; ⌊√F⌋ by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.Sqrt;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false).</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    /// <summary>Threads growing trees; 0 uses every core.</summary>
    public int Threads { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Fits the forest; <paramref name="y"/> holds class indices 0..K−1.</summary>
    public RandomForestClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxBins);
        ArgumentOutOfRangeException.ThrowIfLessThan(Trees, 1, nameof(Trees));
        var threads = TreeFitting.ResolveThreads(Threads);
        var classCount = Guard.ClassLabels(y);
        var options = new CartOptions(
            Criterion == SplitCriterion.Entropy ? CartCriterion.Entropy : CartCriterion.Gini,
            MaxDepth ?? int.MaxValue, MinSamplesSplit, MinSamplesLeaf, MaxFeatures.Resolve(x.ColumnCount));

        var (mapper, data) = TreeFitting.Bin(x, MaxBins, [], Seed, threads);
        var classes = TreeFitting.Classes(y);
        var forest = ForestGrower.Grow(
            Trees, Bootstrap, Seed, threads, TreeFitting.Weights(sampleWeight, x.RowCount), x.ColumnCount,
            () => new CartBuilder(data, mapper, options, classes, classCount));
        return new RandomForestClassificationModel(forest, classCount);
    }
}
