using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// F1 score of the positive class 1: <c>2 TP / (2 TP + FP + FN)</c>, with class 1 predicted when P(class 1) &gt; 0.5.
/// 0 when there is neither a positive prediction nor a positive label (sklearn's <c>zero_division=0</c>).
/// </summary>
public sealed record F1 : IMetric
{
    public string Name => "f1";

    public bool HigherIsBetter => true;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        MetricInput.OneColumn(Name, predicted);
        MetricInput.BinaryLabels(Name, actual);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var label = MetricInput.BinaryLabel(predicted[i, 0]);
            if (label == 1 && actual[i] == 1) truePositives++;
            else if (label == 1) falsePositives++;
            else if (actual[i] == 1) falseNegatives++;
        }
        var denominator = (2 * truePositives) + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}
