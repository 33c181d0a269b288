using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Extremely randomized trees for regression (Geurts, Ernst and Wehenkel 2006,
/// https://doi.org/10.1007/s10994-006-6226-1), as scikit-learn's <c>ExtraTreesRegressor</c>: squared-error trees in
/// which each drawn feature offers one random threshold (uniform between the node's lowest and highest raw value), every tree on
/// every row by default; predicts the mean of the trees. See <see cref="ExtraTreesClassifier"/>.
/// </summary>
public sealed record ExtraTreesRegressor : ForestSettings, ILearner<RandomForestRegressionModel>
{
    /// <summary>Features drawn at each node; all by default (scikit-learn ≥ 1.1).</summary>
    public MaxFeatures MaxFeatures { get; init; } = MaxFeatures.All;

    /// <summary>Draw each tree's rows with replacement (true) or use every row (false, the default).</summary>
    public bool Bootstrap { get; init; }

    public RandomForestRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        RandomForestRegressor.Grow(this, MaxFeatures, Bootstrap, randomThresholds: true, x, y, sampleWeight);
}
