using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A random forest of CART classification trees (Breiman, 2001; https://en.wikipedia.org/wiki/Random_forest): each
/// tree is grown on a bootstrap sample, drawing <see cref="MaxFeatures"/> features at every node, and the forest
/// predicts the mean of the trees' leaf class probabilities, as scikit-learn's <c>RandomForestClassifier</c> does.
/// Features are binned once per fit (at most <see cref="ForestSettings.MaxBins"/> bins, exact for features with fewer distinct
/// values), which is what makes growing deep trees cheap. NaN features are allowed (a learned side per split).
/// Trees are grown on <see cref="ForestSettings.Threads"/> threads; the model is bit-identical at any thread count.
/// </summary>
public sealed record RandomForestClassifier : ForestSettings, ILearner<RandomForestClassificationModel>
{
    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>Features drawn at each node; ⌊√F⌋ by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.Sqrt;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false).</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Fits the forest; <paramref name="y"/> holds class indices 0..K−1.</summary>
    public RandomForestClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        Grow(this, Criterion, MaxFeatures, Bootstrap, randomThresholds: false, x, y, sampleWeight);

    /// <summary>Grows a classification forest: best thresholds (random forest) or random ones (extra trees).</summary>
    internal static RandomForestClassificationModel Grow(ForestSettings settings, SplitCriterion criterion, MaxFeatures maxFeatures,
        bool bootstrap, bool randomThresholds, Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        TreeFitting.CheckGrowth(settings.MaxDepth, settings.MinSamplesSplit, settings.MinSamplesLeaf, settings.MaxBins);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Trees, 1, nameof(settings.Trees));
        var threads = TreeFitting.ResolveThreads(settings.Threads);
        var classCount = Guard.ClassLabels(y);
        var options = new CartOptions(
            criterion == SplitCriterion.Entropy ? CartCriterion.Entropy : CartCriterion.Gini,
            settings.MaxDepth ?? int.MaxValue, settings.MinSamplesSplit, settings.MinSamplesLeaf, maxFeatures.Resolve(x.ColumnCount), randomThresholds);

        var classes = TreeFitting.Classes(y);
        Func<CartBuilder> newBuilder;
        if (randomThresholds)
        {
            // Random thresholds are drawn over raw values, so extra trees skip binning.
            var columns = CartBuilder.FeatureMajor(x, threads);
            newBuilder = () => new CartBuilder(columns, x.ColumnCount, options, classes, classCount);
        }
        else
        {
            var (mapper, data) = TreeFitting.Bin(x, settings.MaxBins, [], settings.Seed, threads);
            newBuilder = () => new CartBuilder(data, mapper, options, classes, classCount);
        }
        var forest = ForestGrower.Grow(
            settings.Trees, bootstrap, settings.Seed, threads, TreeFitting.Weights(sampleWeight, x.RowCount), x.ColumnCount, newBuilder);
        return new RandomForestClassificationModel(forest, classCount);
    }
}
