using Kaggle.Autograd.Ops;
using Kaggle.Core;

namespace Kaggle.Autograd;

// Ops for variational models: a positive transform for standard deviations, the Gaussian log-density and the
// reparameterised sample (Ops/Probabilistic.cs).
public sealed partial class Tensor
{
    /// <summary>ln(1 + eˣ) elementwise, a smooth positive map used for standard deviations (softplus(x) + ε).</summary>
    public Tensor Softplus() => new Softplus().Apply(this);

    /// <summary>
    /// ln N(this; <paramref name="mean"/>, <paramref name="std"/>) elementwise; all three tensors have one shape and
    /// <paramref name="std"/> must be positive. Gradients flow to all three.
    /// </summary>
    public Tensor GaussianLogDensity(Tensor mean, Tensor std)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(std);
        if (mean.Shape != Shape || std.Shape != Shape)
            throw new ArgumentException($"GaussianLogDensity needs x, mean and std of one shape; got {Shape}, {mean.Shape}, {std.Shape}.", nameof(mean));
        return new GaussianLogDensity().Apply(this, mean, std);
    }

    /// <summary>
    /// z = <paramref name="mean"/> + <paramref name="std"/> ⊙ ε with ε the standard-normal <paramref name="noise"/>
    /// (one value per element, kept for the backward pass); gradients flow to mean and std.
    /// </summary>
    public static Tensor Sample(Tensor mean, Tensor std, float[] noise)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(std);
        ArgumentNullException.ThrowIfNull(noise);
        if (std.Shape != mean.Shape || noise.Length < mean.Size)
            throw new ArgumentException($"Sample needs mean and std of one shape and {mean.Size} noise values; got {mean.Shape}, {std.Shape}, {noise.Length}.", nameof(noise));
        return new ReparameterizedSample(noise).Apply(mean, std);
    }

    /// <summary>Fills <paramref name="destination"/> with standard-normal values (Box–Muller) from <paramref name="random"/>.</summary>
    public static void FillStandardNormal(Span<float> destination, ref SplitMix64 random)
    {
        for (var i = 0; i < destination.Length; i += 2)
        {
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            destination[i] = (float)(radius * Math.Cos(angle));
            if (i + 1 < destination.Length) destination[i + 1] = (float)(radius * Math.Sin(angle));
        }
    }
}
