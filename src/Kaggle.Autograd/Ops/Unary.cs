using System.Numerics.Tensors;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

/// <summary>y = scale·x + shift (scalar arithmetic without materialising a scalar tensor).</summary>
internal sealed class Affine(float scale, float shift) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        Elementwise.Affine(x.Data, scale, shift, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) TensorPrimitives.MultiplyAdd(gradOutput.Data, scale, dx, dx);
    }
}

/// <summary>y = max(x, 0); the gradient at 0 is taken as 0, as in PyTorch.</summary>
internal sealed class Relu : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Max(x.Data, 0f, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.ReluBackward(Input(0).Data, gradOutput.Data, dx);
    }
}

/// <summary>y = x for x &gt; 0, slope·x otherwise.</summary>
internal sealed class LeakyRelu(float slope) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        Elementwise.LeakyRelu(x.Data, slope, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.LeakyReluBackward(Input(0).Data, gradOutput.Data, slope, dx);
    }
}

/// <summary>y = eˣ.</summary>
internal sealed class Exp : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Exp(x.Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) TensorPrimitives.FusedMultiplyAdd(gradOutput.Data, Output.Data, dx, dx);
    }
}

/// <summary>y = ln x.</summary>
internal sealed class Log : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Log(x.Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.DivideAdd(gradOutput.Data, Input(0).Data, dx);
    }
}

/// <summary>y = 1 / (1 + e⁻ˣ).</summary>
internal sealed class Sigmoid : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Sigmoid(x.Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.SigmoidBackward(Output.Data, gradOutput.Data, dx);
    }
}

/// <summary>y = tanh x.</summary>
internal sealed class Tanh : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Tanh(x.Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.TanhBackward(Output.Data, gradOutput.Data, dx);
    }
}

/// <summary>y = √x.</summary>
internal sealed class Sqrt : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var y = Tensor.Empty(x.Shape);
        TensorPrimitives.Sqrt(x.Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) Elementwise.SqrtBackward(Output.Data, gradOutput.Data, dx);
    }
}
