namespace Kaggle.Core.Validation;

/// <summary>
/// The outcome of <see cref="AdversarialValidation.Run"/>: the out-of-fold ROC AUC of telling test rows from training
/// rows, and per training row (in the training frame's order) its out-of-fold probability of being a test row.
/// </summary>
public sealed record AdversarialResult(double Auc, double[] TestLikeness);
