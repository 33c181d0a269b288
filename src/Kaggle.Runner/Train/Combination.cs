using Kaggle.Core.Ensembles;
using Kaggle.Core.Validation;

namespace Kaggle.Runner.Train;

/// <summary>
/// What the combine step produced: the result to submit, every result to report (members, then the compared
/// ensembles), and the structured parameters of each ensemble by name (for the run record).
/// </summary>
internal sealed record Combination(CrossValidationResult Final, IReadOnlyList<CrossValidationResult> Reported, IReadOnlyDictionary<string, EnsembleParameters> Ensembles);
