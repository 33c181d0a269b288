using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A CART classification tree (https://en.wikipedia.org/wiki/Decision_tree_learning), grown depth first on features
/// binned into at most <see cref="MaxBins"/> bins per feature. A feature with no more distinct values than bins is
/// split exactly as an exhaustive search would (thresholds at midpoints between neighbouring values); with more, the
/// candidate thresholds are quantiles. NaN features are allowed: each split learns which side missing values take.
/// Leaves predict the weighted class frequencies of their training rows.
/// </summary>
public sealed record DecisionTreeClassifier : ILearner<DecisionTreeClassificationModel>
{
    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>The deepest a leaf may be (the root has depth 0); null grows until leaves are pure or too small.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer rows than this is not split (≥ 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (≥ 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features drawn at random at each node; the default, all features, makes the tree deterministic up to ties.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.All;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    public int Seed { get; init; } = 42;

    /// <summary>Fits the tree; <paramref name="y"/> holds class indices 0..K−1.</summary>
    public DecisionTreeClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxBins);
        var classCount = Guard.ClassLabels(y);
        var options = new CartOptions(
            Criterion == SplitCriterion.Entropy ? CartCriterion.Entropy : CartCriterion.Gini,
            MaxDepth ?? int.MaxValue, MinSamplesSplit, MinSamplesLeaf, MaxFeatures.Resolve(x.ColumnCount));

        var (mapper, data) = TreeFitting.Bin(x, MaxBins, [], Seed, threads: 1);
        var weights = TreeFitting.Weights(sampleWeight, x.RowCount);
        var rows = TreeFitting.PositiveRows(weights, out var rowCount);
        var importance = new double[x.ColumnCount];
        var builder = new CartBuilder(data, mapper, options, TreeFitting.Classes(y), classCount);
        var tree = builder.Build(rows, rowCount, weights, SplitMix64.Derive(Seed, 0), importance);
        return new DecisionTreeClassificationModel(new Forest([tree], x.ColumnCount, Forest.Normalize(importance)), classCount);
    }
}
