using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>A fitted blend: its combined cross-validation result and the weight given to each member.</summary>
public sealed record BlendResult(CrossValidationResult Result, IReadOnlyList<string> Members, IReadOnlyList<double> Weights);
