using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// The fraction of rows whose predicted class equals the actual one. Binary (one column of P(class 1)): class 1
/// when P &gt; 0.5. Multiclass (K columns): the most probable class, the lowest index winning ties.
/// </summary>
public sealed record Accuracy : IMetric
{
    public string Name => "accuracy";

    public bool HigherIsBetter => true;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        var correct = 0;
        if (predicted.ColumnCount == 1)
        {
            MetricInput.BinaryLabels(Name, actual);
            for (var i = 0; i < actual.Length; i++)
                if (MetricInput.BinaryLabel(predicted[i, 0]) == actual[i]) correct++;
        }
        else
        {
            MetricInput.ClassLabels(Name, actual, predicted.ColumnCount);
            for (var i = 0; i < actual.Length; i++)
                if (MetricInput.ArgMax(predicted.Row(i)) == actual[i]) correct++;
        }
        return (double)correct / actual.Length;
    }
}
