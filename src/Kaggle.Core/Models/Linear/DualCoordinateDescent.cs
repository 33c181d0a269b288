namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Dual coordinate descent for an L2-regularised linear SVM with hinge or squared-hinge loss (Hsieh et al. 2008,
/// "A dual coordinate descent method for large-scale linear SVM", the solver of liblinear and so of scikit-learn's
/// LinearSVC), with liblinear's shrinking. The intercept is a constant feature of value 1 that is penalised like the
/// others, as in liblinear with <c>intercept_scaling = 1</c>. Visiting order is shuffled with <see cref="SplitMix64"/>.
/// </summary>
internal static class DualCoordinateDescent
{
    /// <summary>
    /// Solves one binary problem (labels ±1 in <paramref name="signs"/>); writes w into <paramref name="w"/> (features)
    /// and returns the intercept. <paramref name="cost"/> is C times each row's weight. Returns the iterations used.
    /// </summary>
    public static (double Intercept, int Iterations, bool Converged) Solve<TRows>(TRows x, ReadOnlySpan<double> signs, ReadOnlySpan<double> cost,
        SvmLoss loss, bool fitIntercept, double tolerance, int maxIterations, long seed, Span<double> w) where TRows : struct, IRowDesign
    {
        var n = x.RowCount;
        var bias = fitIntercept ? 1.0 : 0.0;
        var alpha = new double[n];
        var diagonal = new double[n];
        var upper = new double[n];
        var q = new double[n];
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            // Squared hinge: the loss enters the dual as a diagonal 1/(2Cᵢ) and α is unbounded; hinge: α ≤ Cᵢ.
            diagonal[i] = loss == SvmLoss.SquaredHinge ? 0.5 / cost[i] : 0;
            upper[i] = loss == SvmLoss.SquaredHinge ? double.PositiveInfinity : cost[i];
            q[i] = diagonal[i] + x.SquaredNorm(i) + (bias * bias);
            index[i] = i;
        }
        w.Clear();
        var b = 0.0;
        var random = new SplitMix64(seed);
        var active = n;
        double maxOld = double.PositiveInfinity, minOld = double.NegativeInfinity;
        var iteration = 0;
        var converged = false;
        while (iteration < maxIterations)
        {
            double maxNew = double.NegativeInfinity, minNew = double.PositiveInfinity;
            random.Shuffle(index.AsSpan(0, active));
            for (var s = 0; s < active; s++)
            {
                var i = index[s];
                var y = signs[i];
                var g = (y * (x.Dot(i, w) + (b * bias))) - 1 + (alpha[i] * diagonal[i]);
                var projected = 0.0;
                if (alpha[i] == 0)
                {
                    if (g > maxOld)
                    {
                        // Shrink: this row sits at its bound with a gradient pushing it further out.
                        (index[s], index[active - 1]) = (index[active - 1], index[s]);
                        active--;
                        s--;
                        continue;
                    }
                    if (g < 0) projected = g;
                }
                else if (alpha[i] == upper[i])
                {
                    if (g < minOld)
                    {
                        (index[s], index[active - 1]) = (index[active - 1], index[s]);
                        active--;
                        s--;
                        continue;
                    }
                    if (g > 0) projected = g;
                }
                else
                {
                    projected = g;
                }
                maxNew = Math.Max(maxNew, projected);
                minNew = Math.Min(minNew, projected);
                if (Math.Abs(projected) > 1e-12)
                {
                    var old = alpha[i];
                    alpha[i] = Math.Min(Math.Max(old - (g / q[i]), 0), upper[i]);
                    var step = (alpha[i] - old) * y;
                    x.AddScaled(i, step, w);
                    b += step * bias;
                }
            }
            iteration++;
            if (maxNew - minNew <= tolerance)
            {
                if (active == n)
                {
                    converged = true;
                    break;
                }
                // Converged on the shrunk set: check every row once more before stopping.
                active = n;
                maxOld = double.PositiveInfinity;
                minOld = double.NegativeInfinity;
                continue;
            }
            maxOld = maxNew <= 0 ? double.PositiveInfinity : maxNew;
            minOld = minNew >= 0 ? double.NegativeInfinity : minNew;
        }
        return (b * bias, iteration, converged);
    }
}
