namespace Kaggle.Autograd.Nn;

/// <summary>1 / (1 + e⁻ˣ).</summary>
public sealed class Sigmoid : Module
{
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Sigmoid();
    }
}
