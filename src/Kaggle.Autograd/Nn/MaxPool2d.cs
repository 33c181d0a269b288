namespace Kaggle.Autograd.Nn;

/// <summary>Max pooling over kernel × kernel windows (stride defaults to the kernel).</summary>
public sealed class MaxPool2d(int kernel, int stride = 0) : Module
{
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.MaxPool2d(kernel, stride);
    }

    public override string ToString() => $"MaxPool2d({kernel})";
}
