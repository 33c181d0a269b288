namespace Kaggle.Runner.Runs;

/// <summary>
/// Adversarial validation of a run: how well <see cref="Model"/> tells test rows from training rows (out-of-fold ROC
/// AUC; 0.5 = alike), on how many rows, and the features it relied on most (largest importance first). With the
/// <c>adversarial</c> cross-validation scheme, <see cref="Holdout"/> is the share of training rows, the most test-like,
/// that were held out as the validation set.
/// </summary>
public sealed record AdversarialRecord(string Model, double Auc, int TrainRows, int TestRows, IReadOnlyList<FeatureWeight> TopFeatures)
{
    public double? Holdout { get; init; }
}
