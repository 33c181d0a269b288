using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>What an <see cref="IEnsemble"/> produced: its cross-validation result and what it fitted.</summary>
public sealed record EnsembleResult(CrossValidationResult Result, EnsembleParameters Parameters);
