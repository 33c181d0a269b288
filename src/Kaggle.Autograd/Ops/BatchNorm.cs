using System.Numerics.Tensors;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

/// <summary>
/// Fused batch normalisation of x [N, C, S…] per channel (axis 1) with scale γ [C] and shift β [C]:
/// y = (x − μ)·r·γ + β with r = 1/√(σ² + ε). With <paramref name="batchStatistics"/>, μ and σ² (biased) come from the
/// batch and the gradient flows through them: dx = γ·r/M·(M·g − Σg − x̂·Σg·x̂), M = N·S; otherwise the given
/// <paramref name="mean"/> and <paramref name="variance"/> are constants. The composed form (mean, variance, …) is the
/// reference in the tests; fused, it is two passes forward and two backward instead of about thirty.
/// </summary>
internal sealed class BatchNorm(bool batchStatistics, float[]? mean, float[]? variance, double epsilon) : Function
{
    private float[] _mean = [];
    private float[] _inverse = [];

    /// <summary>The batch mean and biased variance of the last forward pass (for the running estimates).</summary>
    public (float[] Mean, float[] Variance) BatchMoments { get; private set; }

    protected override Tensor Forward()
    {
        var x = Input(0);
        var (n, c) = (x.Shape[0], x.Shape[1]);
        var s = x.Size / Math.Max(1, n * c);
        var (xs, gamma, beta) = (x.Data, Input(1).Data, Input(2).Data);
        var y = Tensor.Empty(x.Shape);
        var ys = y.Data;
        var (mu, inverse, variances) = (BufferArena.RentFloats(c), BufferArena.RentFloats(c), BufferArena.RentFloats(c));
        Parallelism.For(c, (long)n * s * 3, ch =>
        {
            double m, v;
            if (batchStatistics)
            {
                // Two passes, each run summed by TensorPrimitives and the runs in double: the mean, then the squared
                // deviations from it (no cancellation when the mean is large).
                double sum = 0, squares = 0;
                Span<float> deviation = stackalloc float[Math.Min(s, MaxStackRun)];
                for (var i = 0; i < n; i++) sum += SumRun(xs.AsSpan(((i * c) + ch) * s, s));
                m = sum / (n * s);
                for (var i = 0; i < n; i++) squares += SquaredDeviations(xs.AsSpan(((i * c) + ch) * s, s), (float)m, deviation);
                v = squares / (n * s);
            }
            else
            {
                (m, v) = (mean![ch], variance![ch]);
            }
            var r = 1 / Math.Sqrt(v + epsilon);
            (mu[ch], inverse[ch], variances[ch]) = ((float)m, (float)r, (float)v);
            var scale = (float)(r * gamma[ch]);
            var shift = (float)(beta[ch] - (m * r * gamma[ch]));
            for (var i = 0; i < n; i++)
            {
                var at = ((i * c) + ch) * s;
                Elementwise.Affine(xs.AsSpan(at, s), scale, shift, ys.AsSpan(at, s));
            }
        });
        (_mean, _inverse) = (mu, inverse);
        BatchMoments = (mu, variances);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        var x = Input(0);
        var (n, c) = (x.Shape[0], x.Shape[1]);
        var s = x.Size / Math.Max(1, n * c);
        var (xs, gs, gamma) = (x.Data, gradOutput.Data, Input(1).Data);
        var (dx, dgamma, dbeta) = (GradOf(0), GradOf(1), GradOf(2));
        var (mu, inverse) = (_mean, _inverse);
        Parallelism.For(c, (long)n * s * 3, ch =>
        {
            // Σg and Σg·x̂ per channel: runs by TensorPrimitives, the runs added in double, in a fixed order.
            double sumG = 0, sumGx = 0;
            var (m, r) = (mu[ch], inverse[ch]);
            Span<float> centred = stackalloc float[Math.Min(s, MaxStackRun)];
            for (var i = 0; i < n; i++)
            {
                var at = ((i * c) + ch) * s;
                sumG += SumRun(gs.AsSpan(at, s));
                sumGx += r * DotCentred(gs.AsSpan(at, s), xs.AsSpan(at, s), m, centred);
            }
            if (dgamma is not null) dgamma[ch] += (float)sumGx;
            if (dbeta is not null) dbeta[ch] += (float)sumG;
            if (dx is null) return;
            var count = (double)n * s;
            var a = (float)(gamma[ch] * r);
            // dx = a·(g − Σg/M − x̂·Σg·x̂/M) with batch statistics; dx = a·g with constants.
            var (meanG, meanGx) = batchStatistics ? ((float)(sumG / count), (float)(sumGx / count)) : (0f, 0f);
            var slope = -a * r * meanGx;
            for (var i = 0; i < n; i++)
            {
                var at = ((i * c) + ch) * s;
                if (s <= MaxStackRun)
                {
                    // dx += a·g + slope·(x − μ) − a·mean(g), as three vector passes over a run that sits in L1.
                    var run = dx.AsSpan(at, s);
                    var x0 = centred[..s];
                    TensorPrimitives.Subtract(xs.AsSpan(at, s), m, x0);
                    TensorPrimitives.MultiplyAdd(gs.AsSpan(at, s), a, run, run);
                    TensorPrimitives.MultiplyAdd(x0, slope, run, run);
                    TensorPrimitives.Add(run, -a * meanG, run);
                }
                else
                {
                    for (var j = 0; j < s; j++)
                        dx[at + j] += a * (gs[at + j] - meanG - ((xs[at + j] - m) * r * meanGx));
                }
            }
        });
    }

    // Runs up to this long (a 64×64 feature map) use a stack buffer for their centred copy.
    private const int MaxStackRun = 4096;

    private static double SumRun(ReadOnlySpan<float> run) => run.Length == 1 ? run[0] : TensorPrimitives.Sum(run);

    private static double SquaredDeviations(ReadOnlySpan<float> run, float mean, Span<float> scratch)
    {
        if (run.Length > scratch.Length)
        {
            double total = 0;
            foreach (var value in run) total += (value - mean) * (double)(value - mean);
            return total;
        }
        var centred = scratch[..run.Length];
        TensorPrimitives.Subtract(run, mean, centred);
        return TensorPrimitives.SumOfSquares(centred);
    }

    private static double DotCentred(ReadOnlySpan<float> g, ReadOnlySpan<float> x, float mean, Span<float> scratch)
    {
        if (x.Length > scratch.Length)
        {
            double total = 0;
            for (var j = 0; j < x.Length; j++) total += g[j] * (double)(x[j] - mean);
            return total;
        }
        var centred = scratch[..x.Length];
        TensorPrimitives.Subtract(x, mean, centred);
        return TensorPrimitives.Dot(g, centred);
    }
}
