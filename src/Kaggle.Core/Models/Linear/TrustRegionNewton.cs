using System.Numerics.Tensors;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Trust-region Newton with truncated conjugate gradient (Lin, Weng &amp; Keerthi 2008, "Trust region Newton method for
/// large-scale logistic regression"; the TRON solver in liblinear). Each outer step solves the Newton system by CG only
/// until the residual falls to a tenth of the gradient norm or the step reaches the trust-region boundary, then grows or
/// shrinks the region by how well the quadratic model predicted the actual decrease. Sequential and free of
/// randomness, so the result is bit-identical on every run.
/// </summary>
internal static class TrustRegionNewton
{
    // Step acceptance and region update thresholds on actual / predicted decrease, and the region scale factors: the
    // values of Lin & Moré's TRON, which liblinear keeps.
    private const double Eta0 = 1e-4, Eta1 = 0.25, Eta2 = 0.75;
    private const double Sigma1 = 0.25, Sigma2 = 0.5, Sigma3 = 4;

    /// <summary>
    /// Minimises <paramref name="f"/> from <paramref name="theta"/> (updated in place) until ‖∇f‖ ≤
    /// <paramref name="relativeTolerance"/> · ‖∇f(θ₀)‖. Returns the Newton iterations and whether the rule was met.
    /// </summary>
    public static (int Iterations, bool Converged) Minimize(INewtonObjective f, Span<double> theta, double relativeTolerance, int maxIterations)
    {
        var n = f.Dimension;
        var g = new double[n];
        var s = new double[n];
        var r = new double[n];
        var trial = new double[n];
        var trialGradient = new double[n];
        var scratch = new double[3 * n];

        var value = f.Value(theta);
        f.Accept(theta, g);
        var gNorm = TensorPrimitives.Norm(g);
        var target = relativeTolerance * gNorm;
        var delta = gNorm;
        if (gNorm <= target || gNorm == 0) return (0, true);

        var iteration = 0;
        while (iteration < maxIterations)
        {
            Steihaug(f, g, delta, s, r, scratch);
            TensorPrimitives.Add(theta, s, trial);
            var gs = TensorPrimitives.Dot(g, s);
            // The model decrease: −(g·s + ½ s·Hs), and −Hs − g is the CG residual r, so s·Hs = −s·r − g·s.
            var predicted = -0.5 * (gs - TensorPrimitives.Dot(s, r));
            var trialValue = f.Value(trial);
            var actual = value - trialValue;
            var sNorm = TensorPrimitives.Norm(s);
            if (iteration == 0) delta = Math.Min(delta, sNorm);

            // The minimiser of the cubic interpolating f along s, as a multiple of s (≥ σ₁, or σ₃ when f is not convex there).
            var curvature = trialValue - value - gs;
            var alpha = curvature <= 0 ? Sigma3 : Math.Max(Sigma1, -0.5 * (gs / curvature));
            if (actual < Eta0 * predicted) delta = Math.Min(Math.Max(alpha, Sigma1) * sNorm, Sigma2 * delta);
            else if (actual < Eta1 * predicted) delta = Math.Max(Sigma1 * delta, Math.Min(alpha * sNorm, Sigma2 * delta));
            else if (actual < Eta2 * predicted) delta = Math.Max(Sigma1 * delta, Math.Min(alpha * sNorm, Sigma3 * delta));
            else delta = Math.Max(delta, Math.Min(alpha * sNorm, Sigma3 * delta));

            iteration++;
            // Near the optimum both decreases fall below the rounding of f, so their ratio is noise; the gradient is
            // still measured accurately there, so such a step is kept only if it shrinks the gradient.
            var unmeasurable = Math.Abs(actual) <= 1e-12 * Math.Abs(value) && Math.Abs(predicted) <= 1e-12 * Math.Abs(value);
            if (actual > Eta0 * predicted || unmeasurable)
            {
                f.Accept(trial, trialGradient);
                var trialNorm = TensorPrimitives.Norm(trialGradient);
                if (unmeasurable && trialNorm >= gNorm)
                {
                    // No step can be judged any more: return to θ (and its curvature) and stop.
                    f.Value(theta);
                    f.Accept(theta, g);
                    break;
                }
                trial.CopyTo(theta);
                trialGradient.CopyTo(g);
                value = trialValue;
                gNorm = trialNorm;
                if (gNorm <= target) return (iteration, true);
            }
            // The quadratic model predicts no decrease: CG found no descent direction, so nothing is left to do.
            else if (predicted <= 0) break;
        }
        return (iteration, false);
    }

    /// <summary>
    /// Truncated CG on H·s = −g inside ‖s‖ ≤ <paramref name="delta"/> (Steihaug's method): writes the step into
    /// <paramref name="s"/> and the final residual −g − H·s into <paramref name="r"/>.
    /// </summary>
    private static void Steihaug(INewtonObjective f, ReadOnlySpan<double> g, double delta, Span<double> s, Span<double> r, Span<double> scratch)
    {
        var n = g.Length;
        var d = scratch[..n];
        var hd = scratch.Slice(n, n);
        s.Clear();
        TensorPrimitives.Negate(g, r);
        r.CopyTo(d);
        var rr = TensorPrimitives.Dot(r, r);
        var stop = 0.1 * Math.Sqrt(rr);
        // CG ends in at most n steps in exact arithmetic; the cap only guards against rounding keeping it alive.
        for (var k = 0; k < n && Math.Sqrt(rr) > stop; k++)
        {
            f.HessianTimes(d, hd);
            var dHd = TensorPrimitives.Dot(d, hd);
            var step = dHd > 0 ? rr / dHd : double.PositiveInfinity;
            var candidate = scratch.Slice(2 * n, n);
            TensorPrimitives.MultiplyAdd(d, double.IsFinite(step) ? step : 0, s, candidate);
            if (!double.IsFinite(step) || TensorPrimitives.Norm(candidate) > delta)
            {
                // Walk along d from s to the boundary: the positive root τ of ‖s + τd‖ = Δ.
                var sd = TensorPrimitives.Dot(s, d);
                var ss = TensorPrimitives.Dot(s, s);
                var dd = TensorPrimitives.Dot(d, d);
                var root = Math.Sqrt((sd * sd) + (dd * ((delta * delta) - ss)));
                var tau = sd >= 0 ? ((delta * delta) - ss) / (sd + root) : (root - sd) / dd;
                TensorPrimitives.MultiplyAdd(d, tau, s, s);
                TensorPrimitives.MultiplyAdd(hd, -tau, r, r);
                return;
            }
            candidate.CopyTo(s);
            TensorPrimitives.MultiplyAdd(hd, -step, r, r);
            var rrNew = TensorPrimitives.Dot(r, r);
            TensorPrimitives.MultiplyAdd(d, rrNew / rr, r, d);
            rr = rrNew;
        }
    }
}
