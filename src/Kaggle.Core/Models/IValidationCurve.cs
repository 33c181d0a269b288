namespace Kaggle.Core.Models;

/// <summary>
/// A model fitted round by round while watching a validation set (boosters with early stopping or an evaluation set):
/// the metric after each round, which the run report draws as a learning curve.
/// </summary>
public interface IValidationCurve
{
    /// <summary>What <see cref="ValidationScores"/> measures, as a reader should see it (e.g. "validation log-loss").</summary>
    string ValidationMetric { get; }

    /// <summary>The validation metric after each round trained; empty when the model watched no validation set.</summary>
    IReadOnlyList<double> ValidationScores { get; }
}
