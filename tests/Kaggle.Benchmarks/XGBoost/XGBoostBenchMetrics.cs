namespace Kaggle.Benchmarks.XGBoost;

/// <summary>The anchors' metrics (scikit-learn's <c>roc_auc_score</c> and <c>log_loss</c> with p clipped to [1e-15, 1 − 1e-15]).</summary>
internal static class XGBoostBenchMetrics
{
    /// <summary>ROC AUC by the rank-sum (Mann–Whitney) formula, tied scores sharing their average rank.</summary>
    public static double Auc(ReadOnlySpan<float> y, ReadOnlySpan<float> p)
    {
        var order = new int[p.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var scores = p.ToArray();
        Array.Sort(scores, order);
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[end + 1] == scores[start]) end++;
            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
                if (y[order[k]] > 0.5)
                {
                    positives++;
                    rankSum += averageRank;
                }
            start = end + 1;
        }
        var negatives = order.Length - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    public static double LogLoss(ReadOnlySpan<float> y, ReadOnlySpan<float> p)
    {
        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var q = Math.Clamp((double)p[i], 1e-15, 1 - 1e-15);
            sum -= y[i] > 0.5 ? Math.Log(q) : Math.Log(1 - q);
        }
        return sum / p.Length;
    }
}
