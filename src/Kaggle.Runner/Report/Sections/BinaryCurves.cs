namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// The curves of a binary classifier's scores against 0/1 labels: ROC (false against true positive rate) with its
/// area, precision against recall with average precision, and a reliability (calibration) curve over equal-width bins.
/// Rows with a NaN score (never validated) are skipped.
/// </summary>
internal static class BinaryCurves
{
    /// <summary>ROC points from (0,0) to (1,1), one per distinct threshold, and the area under them (trapezoids, ties as one step).</summary>
    public static (List<(double X, double Y)> Points, double Auc) Roc(double[] y, double[] score)
    {
        var (order, positives, negatives) = Sorted(y, score);
        var points = new List<(double X, double Y)> { (0, 0) };
        double tp = 0, fp = 0, auc = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (y[order[k]] > 0.5) tp++; else fp++;
            if (k + 1 < order.Length && score[order[k + 1]] == score[order[k]]) continue;
            var point = (fp / Math.Max(negatives, 1), tp / Math.Max(positives, 1));
            auc += (point.Item1 - points[^1].X) * (point.Item2 + points[^1].Y) / 2;
            points.Add(point);
        }
        return (points, auc);
    }

    /// <summary>Precision against recall, one point per distinct threshold, and the average precision (Σ Δrecall × precision).</summary>
    public static (List<(double X, double Y)> Points, double AveragePrecision) PrecisionRecall(double[] y, double[] score)
    {
        var (order, positives, _) = Sorted(y, score);
        var points = new List<(double X, double Y)>();
        double tp = 0, ap = 0, recall = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (y[order[k]] > 0.5) tp++;
            if (k + 1 < order.Length && score[order[k + 1]] == score[order[k]]) continue;
            var (r, p) = (tp / Math.Max(positives, 1), tp / (k + 1));
            ap += (r - recall) * p;
            recall = r;
            points.Add((r, p));
        }
        return (points, ap);
    }

    /// <summary>Per non-empty bin of [0, 1], the mean score, the share of positives and the row count.</summary>
    public static List<(double MeanScore, double Positives, int Count)> Calibration(double[] y, double[] score, int bins = 10)
    {
        var sums = new (double Score, double Positives, int Count)[bins];
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(score[i])) continue;
            var b = Math.Clamp((int)(score[i] * bins), 0, bins - 1);
            sums[b] = (sums[b].Score + score[i], sums[b].Positives + (y[i] > 0.5 ? 1 : 0), sums[b].Count + 1);
        }
        return [.. sums.Where(s => s.Count > 0).Select(s => (s.Score / s.Count, s.Positives / s.Count, s.Count))];
    }

    // Rows by descending score (ties by row), with the positive and negative counts among the scored rows.
    private static (int[] Order, double Positives, double Negatives) Sorted(double[] y, double[] score)
    {
        var order = Enumerable.Range(0, y.Length).Where(i => !double.IsNaN(score[i]))
            .OrderByDescending(i => score[i]).ThenBy(i => i).ToArray();
        var positives = order.Count(i => y[i] > 0.5);
        return (order, positives, order.Length - positives);
    }
}
