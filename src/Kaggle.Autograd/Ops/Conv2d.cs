using System.Numerics.Tensors;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

/// <summary>
/// 2-D cross-correlation (PyTorch's Conv2d) of x[N, C, H, W] with w[O, C, KH, KW] plus an optional bias b[O], by
/// im2col + one GEMM per pass (https://arxiv.org/abs/1410.0759): the columns hold every receptive field as a
/// [C·KH·KW, N·OH·OW] matrix, so Y = W · col covers the whole batch at once, and backward is dW += dY · colᵀ and
/// dcol = Wᵀ · dY folded back with col2im.
/// </summary>
internal sealed class Conv2d(int stride, int padding) : Function
{
    private float[] _columns = [];

    private (int N, int C, int H, int W, int O, int KH, int KW, int OH, int OW) Dims()
    {
        var (x, w) = (Input(0).Shape, Input(1).Shape);
        return (x[0], x[1], x[2], x[3], w[0], w[2], w[3],
            ((x[2] + (2 * padding) - w[2]) / stride) + 1, ((x[3] + (2 * padding) - w[3]) / stride) + 1);
    }

    protected override Tensor Forward()
    {
        var (n, c, h, w, o, kh, kw, oh, ow) = Dims();
        int k = c * kh * kw, p = oh * ow, np = n * p;
        _columns = BufferArena.RentFloats(k * np);
        Im2Col.Forward(Input(0).Data, n, c, h, w, kh, kw, stride, padding, oh, ow, _columns);
        var product = BufferArena.RentFloats(o * np);
        Engine.Gemm.Multiply(false, false, o, np, k, 1, Input(1).Data, k, _columns, np, 0, product, np);
        var y = Tensor.Empty(new Shape(n, o, oh, ow));
        var ys = y.Data;
        float[]? bias = InputArray.Length > 2 ? Input(2).Data : null;
        // [O, N·P] → [N, O, P], adding the bias on the way.
        Parallelism.For(n, (long)o * p, i =>
        {
            for (var j = 0; j < o; j++)
            {
                var source = product.AsSpan((j * np) + (i * p), p);
                var target = ys.AsSpan(((i * o) + j) * p, p);
                if (bias is null) source.CopyTo(target);
                else TensorPrimitives.Add(source, bias[j], target);
            }
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        var (n, c, h, w, o, kh, kw, oh, ow) = Dims();
        int k = c * kh * kw, p = oh * ow, np = n * p;
        var g = gradOutput.Data;
        var g2 = BufferArena.RentFloats(o * np);
        Parallelism.For(n, (long)o * p, i =>
        {
            for (var j = 0; j < o; j++)
                g.AsSpan(((i * o) + j) * p, p).CopyTo(g2.AsSpan((j * np) + (i * p), p));
        });
        if (InputArray.Length > 2 && GradOf(2) is { } db)
            for (var j = 0; j < o; j++) db[j] += TensorPrimitives.Sum(g2.AsSpan(j * np, np));
        if (GradOf(1) is { } dw)
            Engine.Gemm.Multiply(false, true, o, k, np, 1, g2, np, _columns, np, 1, dw, k);
        if (GradOf(0) is { } dx)
        {
            var dcol = BufferArena.RentFloats(k * np);
            Engine.Gemm.Multiply(true, false, k, np, o, 1, Input(1).Data, k, g2, np, 0, dcol, np);
            Im2Col.Backward(dcol, n, c, h, w, kh, kw, stride, padding, oh, ow, dx);
        }
    }
}
