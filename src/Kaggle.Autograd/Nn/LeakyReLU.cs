namespace Kaggle.Autograd.Nn;

/// <summary>x for x &gt; 0, slope·x otherwise.</summary>
public sealed class LeakyReLU(float slope = 0.01f) : Module
{
    public float Slope => slope;

    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.LeakyRelu(slope);
    }
}
