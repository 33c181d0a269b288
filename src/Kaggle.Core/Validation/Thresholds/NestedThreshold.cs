namespace Kaggle.Core.Validation.Thresholds;

/// <summary>
/// What <see cref="ThresholdSelection.Nested"/> found for one cross-validation repeat: the threshold chosen on every
/// out-of-fold row (to apply to test predictions), each fold's threshold chosen without that fold, each fold's score
/// at its own threshold, and the metric over all validated rows labelled with their fold's threshold.
/// </summary>
public sealed record NestedThreshold(double Threshold, IReadOnlyList<double> FoldThresholds, IReadOnlyList<double> FoldScores, double OutOfFoldScore);
