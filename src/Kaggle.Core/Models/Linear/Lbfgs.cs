using System.Numerics.Tensors;

namespace Kaggle.Core.Models.Linear;

/// <summary>A smooth objective: returns f(θ) and writes ∇f(θ) into <c>gradient</c> (same length as θ).</summary>
internal delegate double Objective(ReadOnlySpan<double> theta, Span<double> gradient);

/// <summary>How an <see cref="Lbfgs"/> run ended: iterations taken, whether a tolerance was met, and f at the result.</summary>
internal readonly record struct LbfgsResult(int Iterations, bool Converged, double Value);

/// <summary>
/// Limited-memory BFGS (Nocedal and Wright, <i>Numerical Optimization</i>, algorithms 7.4, 3.5 and 3.6):
/// the two-loop recursion over the last <c>memory</c> steps and a strong-Wolfe line search with cubic interpolation.
/// <para>
/// Written here rather than taken from MathNet.Numerics' <c>LimitedMemoryBfgsMinimizer</c> because that one throws
/// when the iteration budget runs out (scikit-learn returns the last iterate and warns), stops on a gradient scaled
/// by |f| and |θ| rather than the plain max-norm scikit-learn uses, starts with a step of 100·tol/‖g‖² (several
/// wasted evaluations per fit), and allocates vectors per evaluation. Deterministic: no randomness, fixed order.
/// </para>
/// </summary>
internal static class Lbfgs
{
    private const double C1 = 1e-4;   // sufficient decrease (Armijo)
    private const double C2 = 0.9;    // curvature, the usual quasi-Newton choice
    private const int MaxLineSearch = 30;

    /// <summary>
    /// Minimises <paramref name="f"/> from <paramref name="theta"/> (overwritten with the result). Stops when
    /// max|∇f| ≤ <paramref name="gradientTolerance"/>, when the relative decrease of f in one iteration is at most
    /// <paramref name="functionTolerance"/> (SciPy's <c>ftol</c> rule), when the line search can make no progress,
    /// or after <paramref name="maxIterations"/> iterations (then <c>Converged</c> is false).
    /// </summary>
    public static LbfgsResult Minimize(Objective f, Span<double> theta, double gradientTolerance, double functionTolerance, int maxIterations, int memory = 10)
    {
        var n = theta.Length;
        var x = theta.ToArray();
        var g = new double[n];
        var fx = f(x, g);
        if (!double.IsFinite(fx))
            Throw.InvalidOperation($"The objective is {fx} at the starting point.");
        if (NormInf(g) <= gradientTolerance)
            return new LbfgsResult(0, true, fx);

        var s = new double[memory][];
        var yv = new double[memory][];
        for (var k = 0; k < memory; k++)
        {
            s[k] = new double[n];
            yv[k] = new double[n];
        }
        var rho = new double[memory];
        var alpha = new double[memory];
        var stored = 0;
        var newest = -1;
        var d = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var converged = false;
        var iteration = 0;

        while (iteration < maxIterations)
        {
            Direction(g, d, s, yv, rho, alpha, stored, newest);
            var slope = TensorPrimitives.Dot(g, d);
            if (!(slope < 0))
            {
                // Rounding can spoil the quasi-Newton direction: forget the history and go downhill.
                stored = 0;
                TensorPrimitives.Negate(g, d);
                slope = -TensorPrimitives.Dot(g, g);
            }
            var step = stored == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(-slope)) : 1.0;
            var fNew = LineSearch(f, x, fx, slope, d, step, xNew, gNew);
            if (double.IsNaN(fNew))
            {
                if (stored == 0) break;   // even steepest descent cannot decrease f: at the precision floor
                stored = 0;
                continue;
            }
            iteration++;

            newest = (newest + 1) % memory;
            TensorPrimitives.Subtract(xNew, x, s[newest]);
            TensorPrimitives.Subtract(gNew, g, yv[newest]);
            var sy = TensorPrimitives.Dot(s[newest], yv[newest]);
            if (sy > 1e-12 * TensorPrimitives.Dot(yv[newest], yv[newest]))
            {
                rho[newest] = 1 / sy;
                stored = Math.Min(stored + 1, memory);
            }
            else
            {
                newest = (newest + memory - 1) % memory;   // no positive curvature: skip the pair
            }

            var fPrevious = fx;
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            fx = fNew;
            if (NormInf(g) <= gradientTolerance
                || fPrevious - fx <= functionTolerance * Math.Max(Math.Max(Math.Abs(fPrevious), Math.Abs(fx)), 1))
            {
                converged = true;
                break;
            }
        }

        x.CopyTo(theta);
        return new LbfgsResult(iteration, converged, fx);
    }

    /// <summary>d = −H·g by the two-loop recursion, H the L-BFGS inverse-Hessian estimate scaled by sᵀy/yᵀy.</summary>
    private static void Direction(double[] g, double[] d, double[][] s, double[][] y, double[] rho, double[] alpha, int stored, int newest)
    {
        var memory = s.Length;
        TensorPrimitives.Negate(g, d);
        if (stored == 0) return;
        for (var k = 0; k < stored; k++)
        {
            var i = (newest - k + memory) % memory;
            alpha[i] = rho[i] * TensorPrimitives.Dot(s[i], d);
            TensorPrimitives.MultiplyAdd(y[i], -alpha[i], d, d);
        }
        var gamma = 1 / (rho[newest] * TensorPrimitives.Dot(y[newest], y[newest]));
        TensorPrimitives.Multiply(d, gamma, d);
        for (var k = stored - 1; k >= 0; k--)
        {
            var i = (newest - k + memory) % memory;
            var beta = rho[i] * TensorPrimitives.Dot(y[i], d);
            TensorPrimitives.MultiplyAdd(s[i], alpha[i] - beta, d, d);
        }
    }

    /// <summary>
    /// Finds a step meeting the strong Wolfe conditions along <paramref name="d"/>; leaves the point in
    /// <paramref name="xNew"/>, its gradient in <paramref name="gNew"/>, and returns f there (NaN when no step decreases f).
    /// </summary>
    private static double LineSearch(Objective f, double[] x, double f0, double slope0, double[] d, double step, double[] xNew, double[] gNew)
    {
        double lo = 0, fLo = f0, dLo = slope0;
        double hi = double.NaN, fHi = double.NaN, dHi = double.NaN;
        for (var evaluation = 0; evaluation < MaxLineSearch; evaluation++)
        {
            if (!double.IsNaN(hi))
                step = Interpolate(lo, fLo, dLo, hi, fHi, dHi);
            var ft = Evaluate(f, x, d, step, xNew, gNew);
            var dt = TensorPrimitives.Dot(gNew, d);
            if (!double.IsFinite(ft) || ft > f0 + (C1 * step * slope0) || ft >= fLo)
            {
                (hi, fHi, dHi) = (step, ft, dt);
                if (!double.IsFinite(ft)) (fHi, dHi) = (double.NaN, double.NaN);
                continue;
            }
            if (Math.Abs(dt) <= -C2 * slope0)
                return ft;
            if (double.IsNaN(hi))
            {
                if (dt >= 0)
                    (hi, fHi, dHi) = (lo, fLo, dLo);
                (lo, fLo, dLo) = (step, ft, dt);
                if (double.IsNaN(hi)) step *= 4;   // still descending: extrapolate
                continue;
            }
            if (dt * (hi - lo) >= 0)
                (hi, fHi, dHi) = (lo, fLo, dLo);
            (lo, fLo, dLo) = (step, ft, dt);
            if (Math.Abs(hi - lo) <= 1e-16 * Math.Max(1, Math.Abs(lo))) break;
        }
        if (lo > 0 && fLo < f0)
            return Evaluate(f, x, d, lo, xNew, gNew);   // the best point seen decreases f: accept it
        return double.NaN;
    }

    // MaxMagnitude returns the signed element of largest magnitude, hence the Abs.
    private static double NormInf(double[] g) => Math.Abs(TensorPrimitives.MaxMagnitude(g));

    private static double Evaluate(Objective f, double[] x, double[] d, double step, double[] xNew, double[] gNew)
    {
        TensorPrimitives.MultiplyAdd(d, step, x, xNew);
        return f(xNew, gNew);
    }

    /// <summary>The minimiser of the cubic through two points with slopes, kept inside the bracket (bisection when degenerate).</summary>
    private static double Interpolate(double a, double fa, double da, double b, double fb, double db)
    {
        var low = Math.Min(a, b);
        var width = Math.Abs(b - a);
        var bisect = low + (0.5 * width);
        if (double.IsNaN(fb))
            return a + (0.25 * (b - a));   // f blew up at b: back off towards a
        var d1 = da + db - (3 * (fa - fb) / (a - b));
        var radicand = (d1 * d1) - (da * db);
        if (!(radicand >= 0)) return bisect;
        var d2 = Math.Sign(b - a) * Math.Sqrt(radicand);
        var t = b - ((b - a) * (db + d2 - d1) / (db - da + (2 * d2)));
        return double.IsFinite(t) && t > low + (0.1 * width) && t < low + (0.9 * width) ? t : bisect;
    }
}
