using Kaggle.Autograd.Ops;

namespace Kaggle.Autograd;

// The primitive ops with a heavy kernel behind them: matrix product, convolution and max pooling.
public sealed partial class Tensor
{
    /// <summary>The matrix product of this [m, k] tensor and <paramref name="other"/> [k, n], through <see cref="Engine.Gemm"/>.</summary>
    public Tensor MatMul(Tensor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rank != 2 || other.Rank != 2 || Shape[1] != other.Shape[0])
            throw new ArgumentException($"MatMul needs [m, k] · [k, n]; got {Shape} · {other.Shape}.", nameof(other));
        return new MatMul().Apply(this, other);
    }

    /// <summary>
    /// 2-D convolution (cross-correlation, as PyTorch's) of this [N, C, H, W] tensor with <paramref name="weight"/>
    /// [O, C, KH, KW] and an optional <paramref name="bias"/> [O]; output [N, O, (H + 2p − KH)/s + 1, (W + 2p − KW)/s + 1].
    /// </summary>
    public Tensor Conv2d(Tensor weight, Tensor? bias = null, int stride = 1, int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        if (Rank != 4 || weight.Rank != 4 || weight.Shape[1] != Shape[1])
            throw new ArgumentException($"Conv2d needs x [N, C, H, W] and weight [O, C, KH, KW] with the same C; got {Shape} and {weight.Shape}.", nameof(weight));
        if (Shape[2] + (2 * padding) < weight.Shape[2] || Shape[3] + (2 * padding) < weight.Shape[3])
            throw new ArgumentException($"The {weight.Shape[2]}×{weight.Shape[3]} kernel is larger than the padded {Shape[2]}×{Shape[3]} input (padding {padding}).", nameof(weight));
        if (bias is not null && (bias.Rank != 1 || bias.Shape[0] != weight.Shape[0]))
            throw new ArgumentException($"The bias must have shape [{weight.Shape[0]}]; got {bias.Shape}.", nameof(bias));
        var op = new Conv2d(stride, padding);
        return bias is null ? op.Apply(this, weight) : op.Apply(this, weight, bias);
    }

    /// <summary>Max pooling of this [N, C, H, W] tensor over <paramref name="kernel"/>² windows (stride defaults to the kernel).</summary>
    public Tensor MaxPool2d(int kernel, int stride = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(kernel, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(stride);
        if (Rank != 4 || Shape[2] < kernel || Shape[3] < kernel)
            throw new ArgumentException($"MaxPool2d({kernel}) needs [N, C, H, W] with H and W ≥ {kernel}; got {Shape}.");
        return new MaxPool2d(kernel, stride == 0 ? kernel : stride).Apply(this);
    }
}
