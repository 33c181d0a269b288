namespace Kaggle.Autograd.Nn;

/// <summary>[N, ...] → [N, product of the rest], between convolutional and dense layers.</summary>
public sealed class Flatten : Module
{
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Flatten();
    }
}
