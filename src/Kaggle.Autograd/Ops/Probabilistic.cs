namespace Kaggle.Autograd.Ops;

// Ops for variational models (Donut). Each is one fused elementwise pass rather than a chain of primitives, because
// the VAE evaluates them on every window of every batch, and fusing keeps one buffer instead of five.

/// <summary>y = ln(1 + eˣ), computed as max(x, 0) + ln(1 + e^−|x|) so it neither overflows nor loses small values; dy/dx = σ(x).</summary>
internal sealed class Softplus : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0).Data;
        var y = Tensor.Empty(Input(0).Shape);
        var output = y.Data;
        for (var i = 0; i < output.Length; i++) output[i] = MathF.Max(x[i], 0) + MathF.Log(1 + MathF.Exp(-MathF.Abs(x[i])));
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var x = Input(0).Data;
        var g = gradOutput.Data;
        for (var i = 0; i < dx.Length; i++) dx[i] += g[i] / (1 + MathF.Exp(-x[i]));
    }
}

/// <summary>
/// Elementwise Gaussian log-density ln N(x; μ, σ) = −½ ln 2π − ln σ − (x − μ)² / 2σ², inputs (x, μ, σ) of one shape.
/// ∂/∂x = −(x − μ)/σ², ∂/∂μ = (x − μ)/σ², ∂/∂σ = −1/σ + (x − μ)²/σ³.
/// </summary>
internal sealed class GaussianLogDensity : Function
{
    private const float HalfLogTwoPi = 0.918938533204672742f;

    protected override Tensor Forward()
    {
        float[] x = Input(0).Data, mean = Input(1).Data, std = Input(2).Data;
        var y = Tensor.Empty(Input(0).Shape);
        var output = y.Data;
        for (var i = 0; i < output.Length; i++)
        {
            var z = (x[i] - mean[i]) / std[i];
            output[i] = -HalfLogTwoPi - MathF.Log(std[i]) - (0.5f * z * z);
        }
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        float[] x = Input(0).Data, mean = Input(1).Data, std = Input(2).Data, g = gradOutput.Data;
        float[]? dx = GradOf(0), dMean = GradOf(1), dStd = GradOf(2);
        for (var i = 0; i < g.Length; i++)
        {
            var inverse = 1 / std[i];
            var z = (x[i] - mean[i]) * inverse;
            var toMean = g[i] * z * inverse;
            if (dx is not null) dx[i] -= toMean;
            if (dMean is not null) dMean[i] += toMean;
            if (dStd is not null) dStd[i] += g[i] * ((z * z) - 1) * inverse;
        }
    }
}

/// <summary>
/// The reparameterisation trick (Kingma and Welling 2014): z = μ + σ ⊙ ε for fixed standard-normal noise ε, so
/// ∂z/∂μ = 1 and ∂z/∂σ = ε and gradients flow through the sample.
/// </summary>
internal sealed class ReparameterizedSample(float[] noise) : Function
{
    protected override Tensor Forward()
    {
        float[] mean = Input(0).Data, std = Input(1).Data;
        var y = Tensor.Empty(Input(0).Shape);
        var output = y.Data;
        for (var i = 0; i < output.Length; i++) output[i] = mean[i] + (std[i] * noise[i]);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        var g = gradOutput.Data;
        if (GradOf(0) is { } dMean)
            for (var i = 0; i < g.Length; i++) dMean[i] += g[i];
        if (GradOf(1) is { } dStd)
            for (var i = 0; i < g.Length; i++) dStd[i] += g[i] * noise[i];
    }
}
