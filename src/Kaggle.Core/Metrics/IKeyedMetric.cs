namespace Kaggle.Core.Metrics;

/// <summary>
/// A metric that needs each row's keys beside its label, such as <see cref="AdjustedF1"/> (series and timestamp).
/// Unlike <see cref="IMetric"/> it cannot score a bare vector of validation labels, so a validation flow scores it with
/// <see cref="SeriesKeys.Rows"/> of the validation rows. Predictions are one value per row: a label, or P(class 1)
/// thresholded at 0.5.
/// </summary>
public interface IKeyedMetric
{
    /// <summary>The name used in competition.json and run records.</summary>
    string Name { get; }

    /// <summary>True for accuracy-like metrics, false for losses.</summary>
    bool HigherIsBetter { get; }

    double Score(SeriesKeys keys, ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted);
}
