namespace Kaggle.Autograd.Kernels;

/// <summary>
/// Unfolds image patches into columns and folds them back. The column matrix is [C·KH·KW, N·OH·OW]: row
/// (c, kh, kw) holds, for every image and output pixel, the input value under that kernel tap (0 in the padding).
/// </summary>
internal static class Im2Col
{
    public static void Forward(float[] x, int n, int c, int h, int w, int kh, int kw, int stride, int padding,
        int oh, int ow, float[] columns)
    {
        var np = n * oh * ow;
        Parallelism.For(c * kh * kw, np, row =>
        {
            var (ci, ki, kj) = (row / (kh * kw), row / kw % kh, row % kw);
            var dst = columns.AsSpan(row * np, np);
            for (var img = 0; img < n; img++)
            {
                var plane = x.AsSpan(((img * c) + ci) * h * w, h * w);
                for (var oy = 0; oy < oh; oy++)
                {
                    var target = dst.Slice(((img * oh) + oy) * ow, ow);
                    var iy = (oy * stride) - padding + ki;
                    if ((uint)iy >= (uint)h)
                    {
                        target.Clear();
                        continue;
                    }
                    var source = plane.Slice(iy * w, w);
                    for (var ox = 0; ox < ow; ox++)
                    {
                        var ix = (ox * stride) - padding + kj;
                        target[ox] = (uint)ix < (uint)w ? source[ix] : 0;
                    }
                }
            }
        });
    }

    /// <summary>dx += fold(dcol): each column entry is added back to the input pixel it was copied from.</summary>
    public static void Backward(float[] dcol, int n, int c, int h, int w, int kh, int kw, int stride, int padding,
        int oh, int ow, float[] dx)
    {
        var np = n * oh * ow;
        // One channel per work item: every row that writes to channel ci belongs to it, so no two threads touch one pixel.
        Parallelism.For(c, (long)kh * kw * np, ci =>
        {
            for (var ki = 0; ki < kh; ki++)
                for (var kj = 0; kj < kw; kj++)
                {
                    var src = dcol.AsSpan((((ci * kh) + ki) * kw + kj) * np, np);
                    for (var img = 0; img < n; img++)
                    {
                        var plane = dx.AsSpan(((img * c) + ci) * h * w, h * w);
                        for (var oy = 0; oy < oh; oy++)
                        {
                            var iy = (oy * stride) - padding + ki;
                            if ((uint)iy >= (uint)h) continue;
                            var source = src.Slice(((img * oh) + oy) * ow, ow);
                            var target = plane.Slice(iy * w, w);
                            for (var ox = 0; ox < ow; ox++)
                            {
                                var ix = (ox * stride) - padding + kj;
                                if ((uint)ix < (uint)w) target[ix] += source[ox];
                            }
                        }
                    }
                }
        });
    }
}
