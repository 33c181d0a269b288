using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A CART regression tree (https://en.wikipedia.org/wiki/Decision_tree_learning) minimising the weighted squared
/// error, grown depth first on features binned into at most <see cref="MaxBins"/> bins (exact splits when a feature
/// has no more distinct values than bins). NaN features are allowed: each split learns where missing values go.
/// Leaves predict the weighted mean target of their training rows.
/// </summary>
public sealed record DecisionTreeRegressor : ILearner<DecisionTreeRegressionModel>
{
    /// <summary>The deepest a leaf may be (the root has depth 0); null grows until leaves are pure or too small.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer rows than this is not split (≥ 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (≥ 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features drawn at random at each node; all by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.All;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    public int Seed { get; init; } = 42;

    public DecisionTreeRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxBins);
        var options = new CartOptions(CartCriterion.SquaredError, MaxDepth ?? int.MaxValue, MinSamplesSplit, MinSamplesLeaf, MaxFeatures.Resolve(x.ColumnCount));

        var (mapper, data) = TreeFitting.Bin(x, MaxBins, [], Seed, threads: 1);
        var weights = TreeFitting.Weights(sampleWeight, x.RowCount);
        var rows = TreeFitting.PositiveRows(weights, out var rowCount);
        var importance = new double[x.ColumnCount];
        var builder = new CartBuilder(data, mapper, options, y.ToArray());
        var tree = builder.Build(rows, rowCount, weights, SplitMix64.Derive(Seed, 0), importance);
        return new DecisionTreeRegressionModel(new Forest([tree], x.ColumnCount, Forest.Normalize(importance)));
    }
}
