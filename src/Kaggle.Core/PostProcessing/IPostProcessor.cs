using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.PostProcessing;

/// <summary>
/// A step between the combined predictions and the submission, chosen on out-of-fold predictions only (e.g. a
/// decision threshold that maximises F1): it gets the submitted result and the training target and returns the result
/// to write, whose out-of-fold predictions and score must reflect the change so the run record stays honest.
/// </summary>
public interface IPostProcessor
{
    /// <summary>The result to submit, derived from <paramref name="final"/>; <paramref name="y"/> is the training target.</summary>
    CrossValidationResult Apply(CrossValidationResult final, IMetric metric, ReadOnlySpan<double> y);
}
