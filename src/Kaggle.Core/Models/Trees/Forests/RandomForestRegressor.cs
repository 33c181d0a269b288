using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A random forest of CART regression trees (Breiman, 2001; https://en.wikipedia.org/wiki/Random_forest) minimising
/// squared error, each on a bootstrap sample, predicting the mean of the trees. As in scikit-learn (≥ 1.1) every
/// node considers all features by default (<see cref="MaxFeatures"/> = all; <c>MaxFeatures.Fraction(1.0 / 3)</c> is
/// the classic regression choice). Features are binned once per fit; NaN features are allowed. Trees are grown on
/// <see cref="Threads"/> threads; the model is bit-identical at any thread count.
/// </summary>
public sealed record RandomForestRegressor : ILearner<RandomForestRegressionModel>
{
    public int Trees { get; init; } = 100;

    /// <summary>The deepest a leaf may be; null (the default) grows until leaves are pure or too small.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer rows (distinct rows of the bootstrap sample) than this is not split (≥ 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (≥ 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features drawn at each node; all by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.All;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false).</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    /// <summary>Threads growing trees; 0 uses every core.</summary>
    public int Threads { get; init; }

    public int Seed { get; init; } = 42;

    public RandomForestRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxBins);
        ArgumentOutOfRangeException.ThrowIfLessThan(Trees, 1, nameof(Trees));
        var threads = TreeFitting.ResolveThreads(Threads);
        var options = new CartOptions(CartCriterion.SquaredError, MaxDepth ?? int.MaxValue, MinSamplesSplit, MinSamplesLeaf, MaxFeatures.Resolve(x.ColumnCount));

        var (mapper, data) = TreeFitting.Bin(x, MaxBins, [], Seed, threads);
        var targets = y.ToArray();
        var forest = ForestGrower.Grow(
            Trees, Bootstrap, Seed, threads, TreeFitting.Weights(sampleWeight, x.RowCount), x.ColumnCount,
            () => new CartBuilder(data, mapper, options, targets));
        return new RandomForestRegressionModel(forest);
    }
}
