using System.Numerics.Tensors;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

// Binary primitives take two tensors of one shape; Tensor's operators broadcast first with Expand (tinygrad's split),
// so broadcasting and its gradient (a sum over the broadcast axes) live in one op.

/// <summary>y = a + b.</summary>
internal sealed class Add : Function
{
    protected override Tensor Forward()
    {
        var y = Tensor.Empty(Input(0).Shape);
        TensorPrimitives.Add(Input(0).Data, Input(1).Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } da) TensorPrimitives.Add(da, gradOutput.Data, da);
        if (GradOf(1) is { } db) TensorPrimitives.Add(db, gradOutput.Data, db);
    }
}

/// <summary>y = a − b.</summary>
internal sealed class Sub : Function
{
    protected override Tensor Forward()
    {
        var y = Tensor.Empty(Input(0).Shape);
        TensorPrimitives.Subtract(Input(0).Data, Input(1).Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } da) TensorPrimitives.Add(da, gradOutput.Data, da);
        if (GradOf(1) is { } db) TensorPrimitives.Subtract(db, gradOutput.Data, db);
    }
}

/// <summary>y = a ⊙ b.</summary>
internal sealed class Mul : Function
{
    protected override Tensor Forward()
    {
        var y = Tensor.Empty(Input(0).Shape);
        TensorPrimitives.Multiply(Input(0).Data, Input(1).Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        // Read both inputs before writing: for x * x both gradients are the same buffer, and each term adds g·x.
        if (GradOf(0) is { } da) TensorPrimitives.FusedMultiplyAdd(gradOutput.Data, Input(1).Data, da, da);
        if (GradOf(1) is { } db) TensorPrimitives.FusedMultiplyAdd(gradOutput.Data, Input(0).Data, db, db);
    }
}

/// <summary>y = a / b.</summary>
internal sealed class Div : Function
{
    protected override Tensor Forward()
    {
        var y = Tensor.Empty(Input(0).Shape);
        TensorPrimitives.Divide(Input(0).Data, Input(1).Data, y.Data);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } da) Elementwise.DivideAdd(gradOutput.Data, Input(1).Data, da);
        if (GradOf(1) is { } db) Elementwise.QuotientDenominatorBackward(Output.Data, Input(1).Data, gradOutput.Data, db);
    }
}
