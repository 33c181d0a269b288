using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Extremely randomized trees for classification (Geurts, Ernst and Wehenkel 2006,
/// https://doi.org/10.1007/s10994-006-6226-1), as scikit-learn's <c>ExtraTreesClassifier</c>: a forest like
/// <see cref="RandomForestClassifier"/>, but each drawn feature offers one random threshold (drawn uniformly between
/// the node's lowest and highest raw value of the feature, as scikit-learn does; the features are not binned, so
/// <see cref="ForestSettings.MaxBins"/> is unused) instead of its best one, and by default
/// every tree sees every row (no bootstrap). Cheaper per node and smoother than a random forest. The fitted model is
/// the forest's (mean of the trees' leaf class probabilities); NaN features are allowed; bit-identical at any thread count.
/// </summary>
public sealed record ExtraTreesClassifier : ForestSettings, ILearner<RandomForestClassificationModel>
{
    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>Features drawn at each node; ⌊√F⌋ by default.</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.Sqrt;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false, the default).</summary>
    public bool Bootstrap { get; init; }

    /// <summary>Fits the forest; <paramref name="y"/> holds class indices 0..K−1.</summary>
    public RandomForestClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        RandomForestClassifier.Grow(this, Criterion, MaxFeatures, Bootstrap, randomThresholds: true, x, y, sampleWeight);
}
