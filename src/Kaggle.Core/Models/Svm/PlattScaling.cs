namespace Kaggle.Core.Models.Svm;

/// <summary>
/// Platt's sigmoid P(first class | f) = 1 / (1 + exp(A·f + B)) fitted to held-out decision values f by Newton's
/// method with backtracking and Platt's smoothed targets (Lin, Lin and Weng 2007, "A note on Platt's probabilistic
/// outputs for support vector machines", https://doi.org/10.1007/s10994-007-5018-6), as libsvm does.
/// </summary>
internal static class PlattScaling
{
    public static (double A, double B) Fit(ReadOnlySpan<double> decisions, ReadOnlySpan<bool> first)
    {
        double positives = 0, negatives = 0;
        foreach (var f in first) if (f) positives++; else negatives++;
        var hi = (positives + 1) / (positives + 2);
        var lo = 1 / (negatives + 2);
        var targets = new double[decisions.Length];
        for (var i = 0; i < targets.Length; i++) targets[i] = first[i] ? hi : lo;
        double a = 0, b = Math.Log((negatives + 1) / (positives + 1));
        var value = Objective(decisions, targets, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < decisions.Length; i++)
            {
                var p = Probability(decisions[i], a, b);
                var d2 = p * (1 - p);
                h11 += decisions[i] * decisions[i] * d2;
                h22 += d2;
                h21 += decisions[i] * d2;
                var d1 = targets[i] - p;
                g1 += decisions[i] * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5) break;
            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var candidate = Objective(decisions, targets, a + (step * da), b + (step * db));
                if (candidate < value + (1e-4 * step * gd))
                {
                    (a, b, value) = (a + (step * da), b + (step * db), candidate);
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) break;
        }
        return (a, b);
    }

    /// <summary>1 / (1 + exp(A·f + B)), computed without overflow.</summary>
    public static double Probability(double decision, double a, double b)
    {
        var z = (decision * a) + b;
        return z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
    }

    private static double Objective(ReadOnlySpan<double> decisions, double[] targets, double a, double b)
    {
        var value = 0.0;
        for (var i = 0; i < decisions.Length; i++)
        {
            var z = (decisions[i] * a) + b;
            value += z >= 0 ? (targets[i] * z) + Math.Log(1 + Math.Exp(-z)) : ((targets[i] - 1) * z) + Math.Log(1 + Math.Exp(z));
        }
        return value;
    }
}
