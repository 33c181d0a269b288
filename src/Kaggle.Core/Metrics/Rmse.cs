using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>Root mean squared error: <c>sqrt(mean((predicted - actual)^2))</c>, one prediction column.</summary>
public sealed record Rmse : IMetric
{
    public string Name => "rmse";

    public bool HigherIsBetter => false;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        MetricInput.OneColumn(Name, predicted);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var d = predicted[i, 0] - actual[i];
            sum += d * d;
        }
        return Math.Sqrt(sum / actual.Length);
    }
}
