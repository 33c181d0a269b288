using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Ops;

/// <summary>
/// Max pooling of x[N, C, H, W] over kernel×kernel windows moved by stride (no padding; a partial last window is
/// dropped, as in PyTorch). The index of each window's maximum (the first on ties) is kept for backward.
/// </summary>
internal sealed class MaxPool2d(int kernel, int stride) : Function
{
    private int[] _argmax = [];

    protected override Tensor Forward()
    {
        var x = Input(0);
        int planes = x.Shape[0] * x.Shape[1], h = x.Shape[2], w = x.Shape[3];
        int oh = ((h - kernel) / stride) + 1, ow = ((w - kernel) / stride) + 1;
        var y = Tensor.Empty(new Shape(x.Shape[0], x.Shape[1], oh, ow));
        var (xs, ys) = (x.Data, y.Data);
        var argmax = _argmax = BufferArena.RentInts(y.Size);
        var (k, s) = (kernel, stride);
        Parallelism.For(planes, (long)h * w, plane =>
            Pooling.MaxPlane(xs, plane * h * w, h, w, k, s, ys.AsSpan(plane * oh * ow, oh * ow), argmax.AsSpan(plane * oh * ow, oh * ow), oh, ow));
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } dx) return;
        var g = gradOutput.Data;
        var argmax = _argmax;
        var x = Input(0);
        var perPlane = Output.Shape[2] * Output.Shape[3];
        // Windows of one plane only reach that plane, so planes can run in parallel.
        Parallelism.For(x.Shape[0] * x.Shape[1], perPlane, plane =>
        {
            for (var o = plane * perPlane; o < (plane + 1) * perPlane; o++)
                dx[argmax[o]] += g[o];
        });
    }
}
