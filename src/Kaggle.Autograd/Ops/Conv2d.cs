using System.Numerics.Tensors;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

/// <summary>
/// 2-D cross-correlation (PyTorch's Conv2d) of x[N, C, H, W] with w[O, C, KH, KW] plus an optional bias b[O], by
/// im2col + GEMM one image at a time (https://arxiv.org/abs/1410.0759): image n's receptive fields form a
/// [C·KH·KW, OH·OW] column matrix small enough for L2, and Yₙ = W · colₙ is already the [O, OH·OW] NCHW slice of the
/// output. Backward: dWᵀ += colₙ · dYₙᵀ, db += Σ dYₙ and dcolₙ = Wᵀ · dYₙ folded back by col2im. Images are split into
/// a fixed number of groups (one per worker task); weight and bias gradients are summed per group and then over the
/// groups in order, so the result does not depend on the thread count.
/// </summary>
internal sealed class Conv2d(int stride, int padding) : Function
{
    private const int MaxGroups = 16;

    private Geometry Dims()
    {
        var (x, w) = (Input(0).Shape, Input(1).Shape);
        return new Geometry(x[0], x[1], x[2], x[3], w[0], w[2], w[3],
            ((x[2] + (2 * padding) - w[2]) / stride) + 1, ((x[3] + (2 * padding) - w[3]) / stride) + 1, stride, padding);
    }

    protected override Tensor Forward()
    {
        var g = Dims();
        var (xs, ws) = (Input(0).Data, Input(1).Data);
        float[]? bias = InputArray.Length > 2 ? Input(2).Data : null;
        var y = Tensor.Empty(new Shape(g.N, g.O, g.OH, g.OW));
        var ys = y.Data;
        var groups = Math.Min(MaxGroups, g.N);
        var columns = BufferArena.RentFloats(groups * g.K * g.P);
        var gemm = Engine.Gemm;
        Parallelism.For(groups, (long)g.N * g.O * g.K * g.P / groups, group =>
        {
            using var serial = Engine.Use(gemm, threads: 1);
            var col = columns.AsSpan(group * g.K * g.P, g.K * g.P);
            var (first, last) = Range(group, groups, g.N);
            for (var img = first; img < last; img++)
            {
                Im2Col.Image(xs, img, g, col);
                var output = ys.AsSpan(img * g.O * g.P, g.O * g.P);
                gemm.Multiply(false, false, g.O, g.P, g.K, 1, ws, g.K, col, g.P, 0, output, g.P);
                if (bias is not null)
                    for (var o = 0; o < g.O; o++)
                    {
                        var row = output.Slice(o * g.P, g.P);
                        TensorPrimitives.Add(row, bias[o], row);
                    }
            }
        });
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        var g = Dims();
        var (xs, ws, gs) = (Input(0).Data, Input(1).Data, gradOutput.Data);
        var dx = GradOf(0);
        var dw = GradOf(1);
        var db = InputArray.Length > 2 ? GradOf(2) : null;
        var groups = Math.Min(MaxGroups, g.N);
        var scratch = BufferArena.RentFloats(groups * g.K * g.P);
        var partialW = dw is null ? null : BufferArena.RentFloats(groups * g.O * g.K);
        var partialB = db is null ? null : BufferArena.RentFloats(groups * g.O);
        var gemm = Engine.Gemm;
        Parallelism.For(groups, (long)g.N * g.O * g.K * g.P / groups, group =>
        {
            using var serial = Engine.Use(gemm, threads: 1);
            var buffer = scratch.AsSpan(group * g.K * g.P, g.K * g.P);
            var pw = partialW is null ? default : partialW.AsSpan(group * g.O * g.K, g.O * g.K);
            var pb = partialB is null ? default : partialB.AsSpan(group * g.O, g.O);
            pw.Clear();
            pb.Clear();
            var (first, last) = Range(group, groups, g.N);
            for (var img = first; img < last; img++)
            {
                var dy = gs.AsSpan(img * g.O * g.P, g.O * g.P);
                for (var o = 0; o < pb.Length; o++) pb[o] += TensorPrimitives.Sum(dy.Slice(o * g.P, g.P));
                if (partialW is not null)
                {
                    // dWᵀ[K, O] += colₙ · dYₙᵀ rather than dW += dYₙ · colₙᵀ: the operand the kernel must gather is then dYₙ
                    // (P × O) instead of colₙ (P × K); the transpose into dW happens once per step below.
                    Im2Col.Image(xs, img, g, buffer);
                    gemm.Multiply(false, true, g.K, g.O, g.P, 1, buffer, g.P, dy, g.P, 1, pw, g.O);
                }
                if (dx is not null)
                {
                    gemm.Multiply(true, false, g.K, g.P, g.O, 1, ws, g.K, dy, g.P, 0, buffer, g.P);
                    Im2Col.FoldImage(buffer, img, g, dx);
                }
            }
        });
        for (var group = 0; group < groups; group++)
        {
            if (dw is not null)
            {
                var pw = partialW.AsSpan(group * g.O * g.K, g.O * g.K);
                for (var r = 0; r < g.K; r++)
                    for (var o = 0; o < g.O; o++) dw[(o * g.K) + r] += pw[(r * g.O) + o];
            }
            if (db is not null) TensorPrimitives.Add(db, partialB.AsSpan(group * g.O, g.O), db);
        }
    }

    /// <summary>Images [first, last) of <paramref name="group"/> when <paramref name="n"/> images are split into <paramref name="groups"/> near-equal runs.</summary>
    private static (int First, int Last) Range(int group, int groups, int n) => (group * n / groups, (group + 1) * n / groups);
}

/// <summary>The sizes of one convolution: batch, channels, input, output channels, kernel, output, stride, padding.</summary>
internal readonly record struct Geometry(int N, int C, int H, int W, int O, int KH, int KW, int OH, int OW, int Stride, int Padding)
{
    /// <summary>Rows of an image's column matrix: C·KH·KW.</summary>
    public int K => C * KH * KW;

    /// <summary>Output pixels per channel: OH·OW.</summary>
    public int P => OH * OW;
}
