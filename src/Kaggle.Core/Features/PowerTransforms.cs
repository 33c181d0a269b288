using MathNet.Numerics.Optimization;

namespace Kaggle.Core.Features;

/// <summary>
/// Box-Cox and Yeo-Johnson transforms and their maximum-likelihood lambdas, as sklearn's <c>PowerTransformer</c>
/// and scipy's <c>boxcox</c> define them (the log-likelihood of a normal fit to the transformed values, plus the
/// log-Jacobian; maximised over lambda starting from the bracket [-2, 2]).
/// </summary>
internal static class PowerTransforms
{
    // Tighter than scipy's Brent (xtol 1.48e-8), so our lambda agrees with sklearn's to its precision.
    private const double LambdaTolerance = 1e-10;

    public static double YeoJohnson(double x, double lambda)
    {
        if (x >= 0)
            return Math.Abs(lambda) < double.Epsilon ? double.LogP1(x) : (Math.Pow(x + 1, lambda) - 1) / lambda;
        return Math.Abs(lambda - 2) < double.Epsilon ? -double.LogP1(-x) : -(Math.Pow(1 - x, 2 - lambda) - 1) / (2 - lambda);
    }

    /// <summary>The Box-Cox transform; NaN for x ≤ 0, where it is undefined.</summary>
    public static double BoxCox(double x, double lambda)
    {
        if (!(x > 0)) return double.NaN;
        return Math.Abs(lambda) < double.Epsilon ? Math.Log(x) : (Math.Pow(x, lambda) - 1) / lambda;
    }

    /// <summary>The Yeo-Johnson lambda maximising the likelihood of the observed (finite) values.</summary>
    public static double FitYeoJohnson(double[] x)
    {
        var jacobian = 0.0;
        foreach (var v in x) jacobian += Math.Sign(v) * double.LogP1(Math.Abs(v));
        return Maximise(lambda => LogLikelihood(x, lambda, YeoJohnson) + ((lambda - 1) * jacobian));
    }

    /// <summary>The Box-Cox lambda maximising the likelihood of the observed values, all of which must be positive.</summary>
    public static double FitBoxCox(double[] x)
    {
        var jacobian = 0.0;
        foreach (var v in x) jacobian += Math.Log(v);
        return Maximise(lambda => LogLikelihood(x, lambda, BoxCox) + ((lambda - 1) * jacobian));
    }

    /// <summary>Fisher-Pearson skewness <c>m3 / m2^1.5</c> of the non-NaN values (scipy.stats.skew's default, biased); 0 when constant.</summary>
    public static double Skewness(ReadOnlySpan<double> values)
    {
        var mean = Statistics.Mean(values);
        double m2 = 0, m3 = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            n++;
        }
        if (n == 0 || m2 == 0) return 0;
        m2 /= n;
        m3 /= n;
        return m3 / Math.Pow(m2, 1.5);
    }

    /// <summary><c>-n/2 · log(var(transform(x, lambda)))</c>; −∞ when the transformed values do not vary.</summary>
    private static double LogLikelihood(double[] x, double lambda, Func<double, double, double> transform)
    {
        double sum = 0, sumSquares = 0;
        var t = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            t[i] = transform(x[i], lambda);
            sum += t[i];
        }
        var mean = sum / x.Length;
        foreach (var v in t) sumSquares += (v - mean) * (v - mean);
        var variance = sumSquares / x.Length;
        // As sklearn: a collapsed or overflowing transform is rejected, not scored.
        if (!(variance >= double.Epsilon * double.Epsilon) || double.IsInfinity(variance)) return double.NegativeInfinity;
        return -x.Length / 2.0 * Math.Log(variance);
    }

    private static double Maximise(Func<double, double> logLikelihood)
    {
        var objective = ObjectiveFunction.ScalarValue(lambda => -logLikelihood(lambda));
        var minimizer = new GoldenSectionMinimizer(LambdaTolerance, maxIterations: 10_000, maxExpansionSteps: 10);
        return minimizer.FindMinimum(objective, -2, 2).MinimizingPoint;
    }
}
