using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// Combines the cross-validation results of several models, cross-validated on the same folds, into one result:
/// out-of-fold predictions, test predictions and honest fold scores, plus what was fitted (weights, a meta-model) as
/// structured parameters for the run record. Average, rank average, blend, stack and "one named member" are all
/// ensembles, so an experiment simply holds the one it submits and the ones it compares.
/// </summary>
public interface IEnsemble
{
    /// <summary>The ensemble's name in tables, records and prediction files.</summary>
    string Name { get; }

    /// <summary>
    /// Combines <paramref name="members"/> (at least one; they must share folds, outputs and metric) scored against
    /// the training target <paramref name="y"/> with <paramref name="metric"/>.
    /// </summary>
    EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y);
}
