namespace Kaggle.Benchmarks;

/// <summary>ROC AUC (ties averaged, as scikit-learn's roc_auc_score) and log-loss clipped at 1e-15, for benchmark reports.</summary>
internal static class BinaryMetrics
{
    public static double Auc(IReadOnlyList<double> labels, IReadOnlyList<double> scores)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
                if (labels[order[k]] == 1)
                {
                    positives++;
                    rankSum += averageRank;
                }
            start = end + 1;
        }
        var negatives = order.Length - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    public static double LogLoss(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        var sum = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], 1e-15, 1 - 1e-15);
            sum -= labels[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
        }
        return sum / labels.Count;
    }
}
