using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// Root mean squared logarithmic error: <c>sqrt(mean((log(1 + predicted) - log(1 + actual))^2))</c>, one prediction
/// column. A negative prediction or actual value is an error, as Kaggle rejects such submissions.
/// </summary>
public sealed record Rmsle : IMetric
{
    public string Name => "rmsle";

    public bool HigherIsBetter => false;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        MetricInput.OneColumn(Name, predicted);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (actual[i] < 0)
                throw new ArgumentException($"rmsle: actual[{i}] is {actual[i]}; RMSLE needs values ≥ 0.", nameof(actual));
            if (predicted[i, 0] < 0)
                throw new ArgumentException($"rmsle: predicted[{i}] is {predicted[i, 0]}; RMSLE needs predictions ≥ 0.", nameof(predicted));
            var d = double.LogP1(predicted[i, 0]) - double.LogP1(actual[i]);
            sum += d * d;
        }
        return Math.Sqrt(sum / actual.Length);
    }
}
