namespace Kaggle.Core.Models.Svm;

/// <summary>
/// Class probabilities from pairwise ones, r[i, j] ≈ P(i | i or j): Wu, Lin and Weng's second method (2004,
/// https://www.jmlr.org/papers/v5/wu04a.html), the fixed-point iteration libsvm uses for multiclass probabilities.
/// </summary>
internal static class PairwiseCoupling
{
    public static void Couple(double[,] r, Span<double> p)
    {
        var k = p.Length;
        var q = new double[k, k];
        var qp = new double[k];
        for (var t = 0; t < k; t++)
        {
            p[t] = 1.0 / k;
            for (var j = 0; j < k; j++)
            {
                if (j == t) continue;
                q[t, t] += r[j, t] * r[j, t];
                q[t, j] = -r[j, t] * r[t, j];
            }
        }
        var tolerance = 0.005 / k;
        for (var iteration = 0; iteration < Math.Max(100, k); iteration++)
        {
            var pqp = 0.0;
            for (var t = 0; t < k; t++)
            {
                qp[t] = 0;
                for (var j = 0; j < k; j++) qp[t] += q[t, j] * p[j];
                pqp += p[t] * qp[t];
            }
            var maxError = 0.0;
            for (var t = 0; t < k; t++) maxError = Math.Max(maxError, Math.Abs(qp[t] - pqp));
            if (maxError < tolerance) break;
            for (var t = 0; t < k; t++)
            {
                var diff = (-qp[t] + pqp) / q[t, t];
                p[t] += diff;
                pqp = (pqp + (diff * ((diff * q[t, t]) + (2 * qp[t])))) / (1 + diff) / (1 + diff);
                for (var j = 0; j < k; j++)
                {
                    qp[j] = (qp[j] + (diff * q[t, j])) / (1 + diff);
                    p[j] /= 1 + diff;
                }
            }
        }
    }
}
