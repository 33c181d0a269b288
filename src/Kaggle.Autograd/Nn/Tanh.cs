namespace Kaggle.Autograd.Nn;

/// <summary>tanh x.</summary>
public sealed class Tanh : Module
{
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Tanh();
    }
}
