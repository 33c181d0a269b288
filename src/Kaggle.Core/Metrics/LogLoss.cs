using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// Logarithmic loss (cross-entropy), Kaggle's definition: probabilities are clipped to [1e-15, 1 - 1e-15]; for
/// K columns each row is then divided by its sum, and the score is <c>-mean(log p[i, y_i])</c>. Binary (one column
/// of P(class 1)): <c>-mean(y log p + (1 - y) log(1 - p))</c>. https://www.kaggle.com/code/metric/log-loss
/// </summary>
public sealed record LogLoss : IMetric
{
    /// <summary>The clipping bound Kaggle uses.</summary>
    public const double Epsilon = 1e-15;

    public string Name => "logloss";

    public bool HigherIsBetter => false;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        var sum = 0.0;
        if (predicted.ColumnCount == 1)
        {
            MetricInput.BinaryLabels(Name, actual);
            for (var i = 0; i < actual.Length; i++)
            {
                var p = Math.Clamp(predicted[i, 0], Epsilon, 1 - Epsilon);
                sum -= actual[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
            }
            return sum / actual.Length;
        }
        MetricInput.ClassLabels(Name, actual, predicted.ColumnCount);
        for (var i = 0; i < actual.Length; i++)
        {
            var row = predicted.Row(i);
            var total = 0.0;
            foreach (var p in row) total += Math.Clamp(p, Epsilon, 1 - Epsilon);
            sum -= Math.Log(Math.Clamp(row[(int)actual[i]], Epsilon, 1 - Epsilon) / total);
        }
        return sum / actual.Length;
    }
}
