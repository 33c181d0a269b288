using Kaggle.Core;
using MathNet.Numerics.Distributions;

namespace Kaggle.Tuning.Samplers;

/// <summary>
/// A one-dimensional Parzen (kernel density) estimator over a bounded numeric range, as TPE builds one for the good and
/// one for the bad trials: a truncated Gaussian at every observation plus a wide prior Gaussian at the range's centre,
/// each weighted. Bandwidths follow Optuna's univariate rule: the larger gap to a sorted neighbour, clipped to
/// [range / min(100, 1 + n), range] ("magic clip"), so a few observations do not collapse to spikes.
/// </summary>
internal sealed class ParzenEstimator
{
    private const double PriorWeight = 1.0;
    private readonly double[] _mus;
    private readonly double[] _sigmas;
    private readonly double[] _weights;
    private readonly Bounds _bounds;

    public ParzenEstimator(IReadOnlyList<double> observations, Bounds bounds)
    {
        _bounds = bounds;
        var n = observations.Count;
        _mus = new double[n + 1];
        _sigmas = new double[n + 1];
        for (var k = 0; k < n; k++) _mus[k] = observations[k];
        _mus[n] = (bounds.Low + bounds.High) / 2;
        _sigmas[n] = bounds.Width;
        Bandwidths(observations, bounds, _sigmas);
        _weights = Weights(n);
    }

    /// <summary>Draws a point: a kernel by weight, then a value from its Gaussian truncated to the range (inverse CDF).</summary>
    public double Sample(ref SplitMix64 random)
    {
        var u = random.NextDouble();
        var k = 0;
        for (var cumulative = _weights[0]; k < _weights.Length - 1 && u >= cumulative; cumulative += _weights[++k]) { }
        var (lowCdf, highCdf) = (Phi(_bounds.Low, k), Phi(_bounds.High, k));
        var p = lowCdf + (random.NextDouble() * (highCdf - lowCdf));
        if (!(highCdf - lowCdf > 1e-12)) return Math.Clamp(_mus[k], _bounds.Low, _bounds.High);
        var x = _mus[k] + (_sigmas[k] * Normal.InvCDF(0, 1, Math.Clamp(p, 1e-300, 1 - 1e-16)));
        return Math.Clamp(x, _bounds.Low, _bounds.High);
    }

    /// <summary>The log density of the weighted mixture of truncated Gaussians at <paramref name="x"/>.</summary>
    public double LogDensity(double x)
    {
        var density = 0.0;
        for (var k = 0; k < _mus.Length; k++)
        {
            var mass = Phi(_bounds.High, k) - Phi(_bounds.Low, k);
            if (mass <= 0) continue;
            density += _weights[k] * Normal.PDF(_mus[k], _sigmas[k], x) / mass;
        }
        return Math.Log(Math.Max(density, double.Epsilon));
    }

    private double Phi(double x, int k) => Normal.CDF(_mus[k], _sigmas[k], x);

    // Optuna's univariate bandwidth: each observation's sigma is the larger distance to its sorted neighbours (the range's
    // ends count as neighbours, except that the outermost observations use their inner neighbour only), then clipped.
    private static void Bandwidths(IReadOnlyList<double> observations, Bounds bounds, double[] sigmas)
    {
        var n = observations.Count;
        if (n == 0) return;
        var order = Enumerable.Range(0, n).OrderBy(k => observations[k]).ThenBy(k => k).ToArray();
        var sorted = new double[n + 2];
        sorted[0] = bounds.Low;
        sorted[n + 1] = bounds.High;
        for (var k = 0; k < n; k++) sorted[k + 1] = observations[order[k]];
        for (var k = 0; k < n; k++)
        {
            var left = sorted[k + 1] - sorted[k];
            var right = sorted[k + 2] - sorted[k + 1];
            var sigma = Math.Max(left, right);
            if (n >= 2 && k == 0) sigma = right;
            if (n >= 2 && k == n - 1) sigma = left;
            sigmas[order[k]] = sigma;
        }
        var max = bounds.Width;
        var min = bounds.Width / Math.Min(100.0, 1.0 + n + 1);
        for (var k = 0; k < n; k++) sigmas[k] = Math.Clamp(sigmas[k], min, max);
    }

    /// <summary>
    /// Optuna's default weights: equal for up to 25 observations; beyond that the 25 most recent weigh 1 and older ones
    /// ramp up from 1/n, so an old region fades as the search moves on. Plus the prior's weight; normalised.
    /// </summary>
    internal static double[] Weights(int n)
    {
        var weights = new double[n + 1];
        for (var k = 0; k < n; k++)
            weights[k] = n <= 25 || k >= n - 25 ? 1.0 : Ramp(k, n - 25, n);
        weights[n] = PriorWeight;
        var sum = weights.Sum();
        for (var k = 0; k < weights.Length; k++) weights[k] /= sum;
        return weights;
    }

    private static double Ramp(int k, int count, int n) => count == 1 ? 1.0 / n : (1.0 / n) + ((1 - (1.0 / n)) * k / (count - 1));
}
