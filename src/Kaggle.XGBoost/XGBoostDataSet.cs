using Kaggle.Core.Data;

namespace Kaggle.XGBoost;

/// <summary>
/// Features, targets and optional row weights and query groups, for the XGBoost fits that take a validation set
/// (early stopping) or query groups (ranking objectives such as <c>rank:pairwise</c>). <see cref="X"/> is rows ×
/// features with NaN as missing; <see cref="Y"/> has one target per row (class indices 0..K-1 for classifiers,
/// relevance grades for ranking); <see cref="GroupSizes"/> lists consecutive query-group sizes summing to the row count.
/// Checked when a fit uses it.
/// </summary>
public sealed record XGBoostDataSet(Matrix X, double[] Y)
{
    /// <summary>One non-negative weight per row; null means every row weighs 1.</summary>
    public double[]? SampleWeight { get; init; }

    /// <summary>Sizes of consecutive query groups (ranking objectives only); null means all rows form one group.</summary>
    public int[]? GroupSizes { get; init; }
}
