namespace Kaggle.Autograd.Nn;

/// <summary>Batch norm over x [N, features], statistics over the batch axis.</summary>
public sealed class BatchNorm1d(int features, double momentum = 0.1, double epsilon = 1e-5)
    : BatchNorm(features, [0], [1, features], momentum, epsilon)
{
    private protected override void CheckInput(Tensor x)
    {
        if (x.Rank != 2 || x.Shape[1] != Gamma.Size)
            throw new ArgumentException($"BatchNorm1d({Gamma.Size}) needs [N, {Gamma.Size}]; got {x.Shape}.", nameof(x));
    }

    public override string ToString() => $"BatchNorm1d({Gamma.Size})";
}
