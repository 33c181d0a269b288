using Kaggle.Core;

namespace Kaggle.Autograd.Nn;

/// <summary>
/// A 2-D convolution layer over [N, C, H, W] with a square kernel; weight [O, C, K, K], bias [O]. <c>seed</c> fixes
/// the initial weights (drawn from <see cref="SplitMix64"/>).
/// </summary>
public sealed class Conv2d : Module
{
    public Conv2d(int inChannels, int outChannels, int kernel, long seed, int stride = 1, int padding = 0,
        WeightInit init = WeightInit.HeUniform)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(kernel, 1);
        Stride = stride;
        Padding = padding;
        Weight = Tensor.Zeros(new Shape(outChannels, inChannels, kernel, kernel), requiresGrad: true);
        Bias = Tensor.Zeros(new Shape(outChannels), requiresGrad: true);
        var fanIn = inChannels * kernel * kernel;
        var random = new SplitMix64(seed);
        Init.Apply(init, Weight, fanIn, outChannels * kernel * kernel, ref random);
        if (init == WeightInit.PyTorch) Init.Uniform(Bias, 1 / Math.Sqrt(fanIn), ref random);
    }

    public Tensor Weight { get; }

    public Tensor Bias { get; }

    public int Stride { get; }

    public int Padding { get; }

    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Conv2d(Weight, Bias, Stride, Padding);
    }

    public override IEnumerable<(string Name, Tensor Tensor)> NamedParameters() => [("weight", Weight), ("bias", Bias)];

    public override string ToString() =>
        $"Conv2d({Weight.Shape[1]}, {Weight.Shape[0]}, kernel {Weight.Shape[2]}, stride {Stride}, padding {Padding})";
}
