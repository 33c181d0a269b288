namespace Kaggle.Core.Ensembles;

/// <summary>
/// Finds non-negative weights summing to 1 that minimise a convex loss of the weighted sum of member predictions,
/// by projected gradient descent with Armijo backtracking (the loss is convex in the weights because the blend
/// is linear in them). Deterministic: it starts from equal weights and uses no randomness.
/// </summary>
internal static class SimplexWeights
{
    private const double Clip = 1e-15;

    /// <param name="members">Per member, rows × outputs predictions (already restricted to the rows to fit on).</param>
    /// <param name="outputs">Columns per row: 1 for regression and binary, K for multiclass.</param>
    /// <param name="y">One target per row (class index for log-loss).</param>
    /// <param name="loss">The loss to minimise; not <see cref="BlendLoss.Auto"/>.</param>
    public static double[] Fit(IReadOnlyList<double[]> members, int outputs, ReadOnlySpan<double> y, BlendLoss loss)
    {
        var m = members.Count;
        var weights = Enumerable.Repeat(1.0 / m, m).ToArray();
        if (m == 1) return weights;
        var yArray = y.ToArray();
        var gradient = new double[m];
        var current = Evaluate(members, outputs, yArray, loss, weights, gradient);
        var step = 1.0;
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var improved = false;
            while (step > 1e-12)
            {
                var candidate = new double[m];
                for (var k = 0; k < m; k++) candidate[k] = weights[k] - (step * gradient[k]);
                ProjectToSimplex(candidate);
                var decrease = 0.0;
                for (var k = 0; k < m; k++) decrease += gradient[k] * (weights[k] - candidate[k]);
                var trial = Evaluate(members, outputs, yArray, loss, candidate, null);
                if (trial <= current - (1e-4 * decrease) && decrease > 0)
                {
                    var moved = 0.0;
                    for (var k = 0; k < m; k++) moved = Math.Max(moved, Math.Abs(candidate[k] - weights[k]));
                    weights = candidate;
                    current = Evaluate(members, outputs, yArray, loss, weights, gradient);
                    step *= 2;
                    improved = moved > 1e-10;
                    break;
                }
                step /= 2;
            }
            if (!improved) break;
        }
        return weights;
    }

    /// <summary>Euclidean projection onto {w ≥ 0, Σw = 1} (sort-based; Held, Wolfe and Crowder).</summary>
    public static void ProjectToSimplex(Span<double> w)
    {
        var sorted = w.ToArray();
        Array.Sort(sorted);
        Array.Reverse(sorted);
        double cumulative = 0, theta = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            cumulative += sorted[k];
            var candidate = (cumulative - 1) / (k + 1);
            if (sorted[k] - candidate > 0) theta = candidate;
        }
        for (var k = 0; k < w.Length; k++) w[k] = Math.Max(0, w[k] - theta);
    }

    /// <summary>Mean loss of the blend; fills <paramref name="gradient"/> (d loss / d weight) when given.</summary>
    private static double Evaluate(IReadOnlyList<double[]> members, int outputs, double[] y, BlendLoss loss, double[] weights, double[]? gradient)
    {
        if (gradient is not null) Array.Clear(gradient);
        var rows = y.Length;
        var total = 0.0;
        var blended = new double[outputs];
        for (var i = 0; i < rows; i++)
        {
            Array.Clear(blended);
            for (var k = 0; k < members.Count; k++)
                for (var c = 0; c < outputs; c++) blended[c] += weights[k] * members[k][(i * outputs) + c];
            switch (loss)
            {
                case BlendLoss.LogLoss when outputs == 1:
                {
                    var p = Math.Clamp(blended[0], Clip, 1 - Clip);
                    total -= y[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
                    var d = (p - y[i]) / (p * (1 - p));
                    AddGradient(members, outputs, i, 0, d, gradient);
                    break;
                }
                case BlendLoss.LogLoss:
                {
                    var label = (int)y[i];
                    var p = Math.Max(blended[label], Clip);
                    total -= Math.Log(p);
                    AddGradient(members, outputs, i, label, -1 / p, gradient);
                    break;
                }
                case BlendLoss.SquaredLogError:
                {
                    var residual = Math.Log(1 + Math.Max(blended[0], 0)) - Math.Log(1 + y[i]);
                    total += residual * residual;
                    AddGradient(members, outputs, i, 0, 2 * residual / (1 + Math.Max(blended[0], 0)), gradient);
                    break;
                }
                default:
                    for (var c = 0; c < outputs; c++)
                    {
                        var residual = blended[c] - (outputs == 1 ? y[i] : (y[i] == c ? 1 : 0));
                        total += residual * residual;
                        AddGradient(members, outputs, i, c, 2 * residual, gradient);
                    }
                    break;
            }
        }
        if (gradient is not null)
            for (var k = 0; k < gradient.Length; k++) gradient[k] /= rows;
        return total / rows;
    }

    private static void AddGradient(IReadOnlyList<double[]> members, int outputs, int row, int column, double scale, double[]? gradient)
    {
        if (gradient is null) return;
        for (var k = 0; k < members.Count; k++) gradient[k] += scale * members[k][(row * outputs) + column];
    }
}
