using Kaggle.Core;

namespace Kaggle.Autograd.Nn;

/// <summary>
/// A fully connected layer y = x·W + b for x [N, in]. W is stored [in, out] (the transpose of PyTorch's layout) so the
/// forward pass is one plain GEMM. <c>seed</c> fixes the initial weights (drawn from <see cref="SplitMix64"/>).
/// </summary>
public sealed class Linear : Module
{
    public Linear(int inFeatures, int outFeatures, long seed, WeightInit init = WeightInit.HeUniform)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inFeatures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outFeatures, 1);
        Weight = Tensor.Zeros(new Shape(inFeatures, outFeatures), requiresGrad: true);
        Bias = Tensor.Zeros(new Shape(outFeatures), requiresGrad: true);
        var random = new SplitMix64(seed);
        Init.Apply(init, Weight, inFeatures, outFeatures, ref random);
        if (init == WeightInit.PyTorch) Init.Uniform(Bias, 1 / Math.Sqrt(inFeatures), ref random);
    }

    /// <summary>[in, out].</summary>
    public Tensor Weight { get; }

    /// <summary>[out].</summary>
    public Tensor Bias { get; }

    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.MatMul(Weight) + Bias;
    }

    public override IEnumerable<(string Name, Tensor Tensor)> NamedParameters() => [("weight", Weight), ("bias", Bias)];

    public override string ToString() => $"Linear({Weight.Shape[0]}, {Weight.Shape[1]})";
}
