using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// A competition metric as Kaggle defines it. <c>predicted</c> has the shape of a model output
/// (see <c>ModelExtensions.PredictOutput</c>): one column for regression and for binary classification
/// (the probability of class 1), K columns of class probabilities for K &gt; 2 classes.
/// </summary>
public interface IMetric
{
    /// <summary>The name used in competition.json and run records, e.g. <c>accuracy</c>, <c>rmse</c>.</summary>
    string Name { get; }

    /// <summary>True for accuracy-like metrics, false for losses and errors.</summary>
    bool HigherIsBetter { get; }

    double Score(ReadOnlySpan<double> actual, Matrix predicted);
}
