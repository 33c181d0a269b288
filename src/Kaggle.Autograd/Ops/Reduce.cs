using System.Numerics.Tensors;

namespace Kaggle.Autograd.Ops;

/// <summary>
/// Sums over some axes. <paramref name="kept"/> is the input shape with the reduced axes set to 1 (the data layout of the
/// output); <paramref name="output"/> is that shape or the same with those axes dropped. Runs are summed in a fixed order,
/// so the result does not depend on threads.
/// </summary>
internal sealed class Sum(Shape kept, Shape output) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0).Data;
        var y = Tensor.ZerosTemporary(output);
        var ys = y.Data;
        AxisWalk.Walk(Input(0).Shape.Dims, kept.Dims, (f, r, n, broadcast) =>
        {
            if (broadcast) ys[r] += TensorPrimitives.Sum(x.AsSpan(f, n));
            else TensorPrimitives.Add(ys.AsSpan(r, n), x.AsSpan(f, n), ys.AsSpan(r, n));
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var g = gradOutput.Data;
        AxisWalk.Walk(Input(0).Shape.Dims, kept.Dims, (f, r, n, broadcast) =>
        {
            var run = dx.AsSpan(f, n);
            if (broadcast) TensorPrimitives.Add(run, g[r], run);
            else TensorPrimitives.Add(run, g.AsSpan(r, n), run);
        });
    }
}

/// <summary>
/// Maximum over some axes (shapes as for <see cref="Sum"/>). The gradient is shared equally by the elements that tie
/// for the maximum, as in <c>torch.amax</c>.
/// </summary>
internal sealed class Max(Shape kept, Shape output) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0).Data;
        var y = Tensor.Empty(output);
        var ys = y.Data;
        Array.Fill(ys, float.NegativeInfinity);
        AxisWalk.Walk(Input(0).Shape.Dims, kept.Dims, (f, r, n, broadcast) =>
        {
            if (broadcast) ys[r] = MathF.Max(ys[r], TensorPrimitives.Max(x.AsSpan(f, n)));
            else TensorPrimitives.Max(ys.AsSpan(r, n), x.AsSpan(f, n), ys.AsSpan(r, n));
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var x = Input(0).Data;
        var y = Output.Data;
        var g = gradOutput.Data;
        var ties = BufferArena.RentFloats(y.Length);
        Array.Clear(ties);
        AxisWalk.Walk(Input(0).Shape.Dims, kept.Dims, (f, r, n, broadcast) =>
        {
            for (var j = 0; j < n; j++)
            {
                var o = broadcast ? r : r + j;
                if (x[f + j] == y[o]) ties[o]++;
            }
        });
        AxisWalk.Walk(Input(0).Shape.Dims, kept.Dims, (f, r, n, broadcast) =>
        {
            for (var j = 0; j < n; j++)
            {
                var o = broadcast ? r : r + j;
                if (x[f + j] == y[o]) dx[f + j] += g[o] / ties[o];
            }
        });
    }
}
