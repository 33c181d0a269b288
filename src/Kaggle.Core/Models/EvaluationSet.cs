using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>
/// Rows a boosting learner watches while it trains, to keep the round with the lowest loss on them and stop once
/// more rounds stop helping: features <see cref="X"/> in the training matrix's columns, targets <see cref="Y"/>
/// (class indices for classifiers), and optional per-row weights (null weighs every row 1).
/// </summary>
public sealed record EvaluationSet(Matrix X, double[] Y)
{
    /// <summary>Per-row weights of the loss on these rows; null weighs every row 1.</summary>
    public double[]? SampleWeight { get; init; }
}
