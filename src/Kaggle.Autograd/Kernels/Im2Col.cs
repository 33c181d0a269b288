using Kaggle.Autograd.Ops;

namespace Kaggle.Autograd.Kernels;

/// <summary>
/// Unfolds one image's patches into a column matrix and folds columns back. The matrix is [C·KH·KW, OH·OW]: row
/// (c, kh, kw) holds, for every output pixel, the input value under that kernel tap (0 in the padding). With stride 1
/// each output row is one contiguous copy (or add) between zero-padded edges.
/// </summary>
internal static class Im2Col
{
    /// <summary>Writes image <paramref name="img"/> of x [N, C, H, W] as columns into <paramref name="columns"/> (K × P).</summary>
    public static void Image(float[] x, int img, Geometry g, Span<float> columns)
    {
        var plane = g.H * g.W;
        for (var row = 0; row < g.K; row++)
        {
            var (ci, ki, kj) = (row / (g.KH * g.KW), row / g.KW % g.KH, row % g.KW);
            UnfoldPlane(x.AsSpan(((img * g.C) + ci) * plane, plane), columns.Slice(row * g.P, g.P), g.H, g.W, ki, kj, g.Stride, g.Padding, g.OH, g.OW);
        }
    }

    /// <summary>dx[img] += fold(columns): each column entry is added back to the input pixel it was copied from.</summary>
    public static void FoldImage(ReadOnlySpan<float> columns, int img, Geometry g, float[] dx)
    {
        var plane = g.H * g.W;
        for (var row = 0; row < g.K; row++)
        {
            var (ci, ki, kj) = (row / (g.KH * g.KW), row / g.KW % g.KH, row % g.KW);
            FoldPlane(columns.Slice(row * g.P, g.P), dx.AsSpan(((img * g.C) + ci) * plane, plane), g.H, g.W, ki, kj, g.Stride, g.Padding, g.OH, g.OW);
        }
    }

    /// <summary>The output columns x ∈ [first, last) whose input column x·stride − padding + kj lies inside [0, w).</summary>
    private static (int First, int Last) Inside(int w, int kj, int stride, int padding, int ow)
    {
        var offset = kj - padding;
        var first = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
        var last = Math.Min(ow, ((w - 1 - offset) / stride) + 1);
        return (Math.Min(first, ow), Math.Max(Math.Min(first, ow), last));
    }

    private static void UnfoldPlane(ReadOnlySpan<float> plane, Span<float> dst, int h, int w, int ki, int kj, int stride, int padding, int oh, int ow)
    {
        var (first, last) = Inside(w, kj, stride, padding, ow);
        for (var oy = 0; oy < oh; oy++)
        {
            var target = dst.Slice(oy * ow, ow);
            var iy = (oy * stride) - padding + ki;
            if ((uint)iy >= (uint)h || first == last)
            {
                target.Clear();
                continue;
            }
            target[..first].Clear();
            target[last..].Clear();
            var source = plane.Slice(iy * w, w);
            var ix = (first * stride) - padding + kj;
            if (stride == 1)
                source.Slice(ix, last - first).CopyTo(target[first..last]);
            else
                for (var ox = first; ox < last; ox++, ix += stride) target[ox] = source[ix];
        }
    }

    private static void FoldPlane(ReadOnlySpan<float> src, Span<float> plane, int h, int w, int ki, int kj, int stride, int padding, int oh, int ow)
    {
        var (first, last) = Inside(w, kj, stride, padding, ow);
        if (first == last) return;
        for (var oy = 0; oy < oh; oy++)
        {
            var iy = (oy * stride) - padding + ki;
            if ((uint)iy >= (uint)h) continue;
            var source = src.Slice(oy * ow, ow);
            var target = plane.Slice(iy * w, w);
            var ix = (first * stride) - padding + kj;
            if (stride == 1)
            {
                var run = target.Slice(ix, last - first);
                System.Numerics.Tensors.TensorPrimitives.Add(run, source[first..last], run);
            }
            else
                for (var ox = first; ox < last; ox++, ix += stride) target[ix] += source[ox];
        }
    }
}
