namespace Kaggle.Benchmarks;

/// <summary>ROC AUC (with tied scores averaged, as scikit-learn) and binary log-loss (clipped at 1e-15) for the verbs' reports.</summary>
internal static class BenchMetrics
{
    public static double Auc(ReadOnlySpan<double> y, ReadOnlySpan<double> p)
    {
        var order = new int[y.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var scores = p.ToArray();
        Array.Sort(scores, order);
        double rankSum = 0;
        long positives = 0;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j < order.Length && scores[j] == scores[i]) j++;
            var rank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
                if (y[order[k]] > 0.5) { rankSum += rank; positives++; }
            i = j;
        }
        var negatives = y.Length - positives;
        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    public static double LogLoss(ReadOnlySpan<double> y, ReadOnlySpan<double> p)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var q = Math.Clamp(p[i], 1e-15, 1 - 1e-15);
            sum -= y[i] > 0.5 ? Math.Log(q) : Math.Log(1 - q);
        }
        return sum / y.Length;
    }
}
