using Kaggle.Core;

namespace Kaggle.Autograd.Nn;

/// <summary>
/// Weight initialisers, all drawing from a caller-seeded <see cref="SplitMix64"/> so a seed fixes the network.
/// fanIn and fanOut are the inputs and outputs per unit (for a convolution: channels × kernel area).
/// He: Var = 2/fanIn, for ReLU nets (https://arxiv.org/abs/1502.01852); Xavier: Var = 2/(fanIn + fanOut), for
/// tanh/sigmoid nets (Glorot and Bengio 2010).
/// </summary>
public static class Init
{
    /// <summary>U(−√(6/fanIn), √(6/fanIn)).</summary>
    public static void HeUniform(Tensor weight, int fanIn, ref SplitMix64 random) => Uniform(weight, Math.Sqrt(6.0 / fanIn), ref random);

    /// <summary>N(0, 2/fanIn).</summary>
    public static void HeNormal(Tensor weight, int fanIn, ref SplitMix64 random) => Normal(weight, Math.Sqrt(2.0 / fanIn), ref random);

    /// <summary>U(−√(6/(fanIn + fanOut)), √(6/(fanIn + fanOut))).</summary>
    public static void XavierUniform(Tensor weight, int fanIn, int fanOut, ref SplitMix64 random) =>
        Uniform(weight, Math.Sqrt(6.0 / (fanIn + fanOut)), ref random);

    /// <summary>N(0, 2/(fanIn + fanOut)).</summary>
    public static void XavierNormal(Tensor weight, int fanIn, int fanOut, ref SplitMix64 random) =>
        Normal(weight, Math.Sqrt(2.0 / (fanIn + fanOut)), ref random);

    /// <summary>Fills with U(−bound, bound).</summary>
    public static void Uniform(Tensor weight, double bound, ref SplitMix64 random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        for (var i = 0; i < weight.Size; i++) weight.Data[i] = (float)(((2 * random.NextDouble()) - 1) * bound);
    }

    /// <summary>Fills with N(0, std²) by Box–Muller.</summary>
    public static void Normal(Tensor weight, double std, ref SplitMix64 random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        for (var i = 0; i < weight.Size; i++)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            weight.Data[i] = (float)(std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
    }

    /// <summary>Initialises a weight of the given fans by <paramref name="kind"/>.</summary>
    public static void Apply(WeightInit kind, Tensor weight, int fanIn, int fanOut, ref SplitMix64 random)
    {
        switch (kind)
        {
            case WeightInit.HeUniform: HeUniform(weight, fanIn, ref random); break;
            case WeightInit.HeNormal: HeNormal(weight, fanIn, ref random); break;
            case WeightInit.XavierUniform: XavierUniform(weight, fanIn, fanOut, ref random); break;
            case WeightInit.XavierNormal: XavierNormal(weight, fanIn, fanOut, ref random); break;
            case WeightInit.PyTorch: Uniform(weight, 1 / Math.Sqrt(fanIn), ref random); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown weight initialiser.");
        }
    }
}
