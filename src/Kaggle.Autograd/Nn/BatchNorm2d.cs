namespace Kaggle.Autograd.Nn;

/// <summary>Batch norm over x [N, C, H, W], statistics per channel over the batch and both spatial axes.</summary>
public sealed class BatchNorm2d(int channels, double momentum = 0.1, double epsilon = 1e-5)
    : BatchNorm(channels, [0, 2, 3], [1, channels, 1, 1], momentum, epsilon)
{
    private protected override void CheckInput(Tensor x)
    {
        if (x.Rank != 4 || x.Shape[1] != Gamma.Size)
            throw new ArgumentException($"BatchNorm2d({Gamma.Size}) needs [N, {Gamma.Size}, H, W]; got {x.Shape}.", nameof(x));
    }

    public override string ToString() => $"BatchNorm2d({Gamma.Size})";
}
