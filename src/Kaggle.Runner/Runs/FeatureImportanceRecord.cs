namespace Kaggle.Runner.Runs;

/// <summary>
/// What a model learned about its features, over its fold fits: <see cref="Kind"/> is <c>gain</c> (trees: the share
/// of the loss reduction, summing to 1) or <c>coefficient</c> (linear models, on the scale of the features given to
/// the learner; <c>mean |coefficient|</c> over the classes of a multiclass model). The largest by magnitude, at most
/// <see cref="RunRecord"/>'s limit, largest first.
/// </summary>
public sealed record FeatureImportanceRecord(string Kind, int FeatureCount, IReadOnlyList<FeatureWeight> Features);
