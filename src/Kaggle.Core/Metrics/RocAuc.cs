using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>
/// Area under the ROC curve for binary labels, computed as the Mann-Whitney U statistic: the probability that a
/// random positive scores above a random negative, a tie counting one half (average ranks). Needs both classes.
/// Predictions are one column of scores (P(class 1)); only their order matters.
/// https://en.wikipedia.org/wiki/Mann%E2%80%93Whitney_U_test#Area-under-curve_(AUC)_statistic_for_ROC_curves
/// </summary>
public sealed record RocAuc : IMetric
{
    public string Name => "auc";

    public bool HigherIsBetter => true;

    public double Score(ReadOnlySpan<double> actual, Matrix predicted)
    {
        MetricInput.Check(Name, actual, predicted);
        MetricInput.OneColumn(Name, predicted);
        MetricInput.BinaryLabels(Name, actual);
        var n = actual.Length;
        var scores = predicted.Column(0);
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort((double[])scores.Clone(), order);
        double positives = 0, rankSum = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && scores[order[end]] == scores[order[start]]) end++;
            // Rows start..end-1 tie: each gets the average of ranks start+1..end.
            var rank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                if (actual[order[k]] != 1) continue;
                positives++;
                rankSum += rank;
            }
            start = end;
        }
        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
            throw new ArgumentException($"auc: the actual labels hold only class {(positives == 0 ? 0 : 1)}; ROC AUC needs both classes.", nameof(actual));
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
