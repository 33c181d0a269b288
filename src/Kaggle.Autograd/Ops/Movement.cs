using System.Numerics.Tensors;

namespace Kaggle.Autograd.Ops;

/// <summary>The same values under another shape of equal size; the output shares the input's buffer.</summary>
internal sealed class Reshape(Shape shape) : Function
{
    protected override Tensor Forward() => Input(0).View(shape);

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is { } dx) TensorPrimitives.Add(dx, gradOutput.Data, dx);
    }
}

/// <summary>Reorders the axes: output axis i is input axis <paramref name="axes"/>[i] (a transpose in 2-D).</summary>
internal sealed class Permute(int[] axes) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var dims = new int[axes.Length];
        for (var i = 0; i < axes.Length; i++) dims[i] = x.Shape[axes[i]];
        var y = Tensor.Empty(new Shape(dims));
        var xs = x.Data;
        var ys = y.Data;
        Walk(x.Shape, (o, i, n, stride) =>
        {
            for (var j = 0; j < n; j++) ys[o + j] = xs[i + (j * stride)];
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var g = gradOutput.Data;
        Walk(Input(0).Shape, (o, i, n, stride) =>
        {
            for (var j = 0; j < n; j++) dx[i + (j * stride)] += g[o + j];
        });
    }

    /// <summary>Visits the output in order, one innermost run at a time, with the matching input offset and stride.</summary>
    private void Walk(Shape input, Action<int, int, int, int> run)
    {
        var rank = axes.Length;
        if (input.Size == 0) return;
        if (rank == 0)
        {
            run(0, 0, 1, 1);
            return;
        }
        var inStrides = input.Strides();
        var dims = new int[rank];
        var strides = new int[rank];
        for (var a = 0; a < rank; a++)
        {
            dims[a] = input[axes[a]];
            strides[a] = inStrides[axes[a]];
        }
        var last = rank - 1;
        var index = new int[rank];
        var outer = input.Size / dims[last];
        var inOffset = 0;
        for (var o = 0; o < outer; o++)
        {
            run(o * dims[last], inOffset, dims[last], strides[last]);
            for (var a = last - 1; a >= 0; a--)
            {
                inOffset += strides[a];
                if (++index[a] < dims[a]) break;
                inOffset -= strides[a] * dims[a];
                index[a] = 0;
            }
        }
    }
}

/// <summary>
/// Broadcasts size-1 axes to <paramref name="shape"/> (the input has the same rank; Tensor.Expand reshapes lower ranks
/// first). The gradient sums over the broadcast axes.
/// </summary>
internal sealed class Expand(Shape shape) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0).Data;
        var y = Tensor.Empty(shape);
        var ys = y.Data;
        AxisWalk.Walk(shape.Dims, Input(0).Shape.Dims, (f, r, n, broadcast) =>
        {
            if (broadcast) ys.AsSpan(f, n).Fill(x[r]);
            else x.AsSpan(r, n).CopyTo(ys.AsSpan(f, n));
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var g = gradOutput.Data;
        AxisWalk.Walk(shape.Dims, Input(0).Shape.Dims, (f, r, n, broadcast) =>
        {
            if (broadcast) dx[r] += TensorPrimitives.Sum(g.AsSpan(f, n));
            else TensorPrimitives.Add(dx.AsSpan(r, n), g.AsSpan(f, n), dx.AsSpan(r, n));
        });
    }
}

/// <summary>The box starting at <paramref name="starts"/> with extent <paramref name="shape"/> (tinygrad's Shrink).</summary>
internal sealed class Slice(int[] starts, Shape shape) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0).Data;
        var y = Tensor.Empty(shape);
        var ys = y.Data;
        AxisWalk.Block(Input(0).Shape.Dims, starts, shape.Dims, new int[shape.Rank], shape.Dims,
            (s, d, n) => x.AsSpan(s, n).CopyTo(ys.AsSpan(d, n)));
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var g = gradOutput.Data;
        AxisWalk.Block(shape.Dims, new int[shape.Rank], Input(0).Shape.Dims, starts, shape.Dims,
            (s, d, n) => TensorPrimitives.Add(dx.AsSpan(d, n), g.AsSpan(s, n), dx.AsSpan(d, n)));
    }
}

/// <summary>Zero padding: <paramref name="before"/>[a] zeros before and enough after each axis to reach <paramref name="shape"/>.</summary>
internal sealed class Pad(int[] before, Shape shape) : Function
{
    protected override Tensor Forward()
    {
        var x = Input(0);
        var xs = x.Data;
        var y = Tensor.ZerosTemporary(shape);
        var ys = y.Data;
        AxisWalk.Block(x.Shape.Dims, new int[x.Rank], shape.Dims, before, x.Shape.Dims,
            (s, d, n) => xs.AsSpan(s, n).CopyTo(ys.AsSpan(d, n)));
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var x = Input(0);
        var g = gradOutput.Data;
        AxisWalk.Block(shape.Dims, before, x.Shape.Dims, new int[x.Rank], x.Shape.Dims,
            (s, d, n) => TensorPrimitives.Add(dx.AsSpan(d, n), g.AsSpan(s, n), dx.AsSpan(d, n)));
    }
}
