using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>Mean absolute error: <c>mean(|predicted - actual|)</c>, one prediction column.</summary>
public sealed record Mae : IMetric
{
    public string Name => "mae";

    public bool HigherIsBetter => false;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        MetricInput.OneColumn(Name, predicted);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++) sum += Math.Abs(predicted[i, 0] - actual[i]);
        return sum / actual.Length;
    }
}
