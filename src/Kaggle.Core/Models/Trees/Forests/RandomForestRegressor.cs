using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A random forest of CART regression trees (Breiman, 2001; https://en.wikipedia.org/wiki/Random_forest) minimising
/// squared error, each on a bootstrap sample, predicting the mean of the trees. As in scikit-learn (≥ 1.1) every
/// node considers all features by default (<see cref="MaxFeatures"/> = all; <c>MaxFeatures.Fraction(1.0 / 3)</c> is
/// the classic regression choice). Features are binned once per fit; NaN features are allowed. Trees are grown on
/// <see cref="ForestSettings.Threads"/> threads; the model is bit-identical at any thread count.
/// </summary>
public sealed record RandomForestRegressor : ForestSettings, ILearner<RandomForestRegressionModel>
{
    /// <summary>Features drawn at each node; all by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.All;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false).</summary>
    public bool Bootstrap { get; init; } = true;

    public RandomForestRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        Grow(this, MaxFeatures, Bootstrap, randomThresholds: false, x, y, sampleWeight);

    /// <summary>Grows a regression forest: best thresholds (random forest) or random ones (extra trees).</summary>
    internal static RandomForestRegressionModel Grow(ForestSettings settings, MaxFeatures maxFeatures, bool bootstrap, bool randomThresholds,
        Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(settings.MaxDepth, settings.MinSamplesSplit, settings.MinSamplesLeaf, settings.MaxBins);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Trees, 1, nameof(settings.Trees));
        var threads = TreeFitting.ResolveThreads(settings.Threads);
        var options = new CartOptions(CartCriterion.SquaredError, settings.MaxDepth ?? int.MaxValue, settings.MinSamplesSplit,
            settings.MinSamplesLeaf, maxFeatures.Resolve(x.ColumnCount), randomThresholds);

        var targets = y.ToArray();
        Func<CartBuilder> newBuilder;
        if (randomThresholds)
        {
            // Random thresholds are drawn over raw values, so extra trees skip binning.
            var columns = CartBuilder.FeatureMajor(x, threads);
            newBuilder = () => new CartBuilder(columns, x.ColumnCount, options, targets);
        }
        else
        {
            var (mapper, data) = TreeFitting.Bin(x, settings.MaxBins, [], settings.Seed, threads);
            newBuilder = () => new CartBuilder(data, mapper, options, targets);
        }
        var forest = ForestGrower.Grow(
            settings.Trees, bootstrap, settings.Seed, threads, TreeFitting.Weights(sampleWeight, x.RowCount), x.ColumnCount, newBuilder);
        return new RandomForestRegressionModel(forest);
    }
}
