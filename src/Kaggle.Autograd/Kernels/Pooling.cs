namespace Kaggle.Autograd.Kernels;

/// <summary>
/// Max-pooling kernels for one [H, W] plane. They are static methods with every size a parameter (not captured by a
/// lambda), so the JIT keeps the bounds in registers; 2×2 windows with stride 2, the common case, pick each maximum
/// with conditional moves instead of branches.
/// </summary>
internal static class Pooling
{
    /// <summary>Writes the maximum of every window into <paramref name="y"/> and its index in the whole input into <paramref name="argmax"/>.</summary>
    public static void MaxPlane(ReadOnlySpan<float> x, int inBase, int h, int w, int kernel, int stride, Span<float> y, Span<int> argmax, int oh, int ow)
    {
        if (kernel == 2 && stride == 2)
        {
            MaxPlane2x2(x, inBase, w, y, argmax, oh, ow);
            return;
        }
        for (var oy = 0; oy < oh; oy++)
            for (var ox = 0; ox < ow; ox++)
            {
                var best = inBase + (oy * stride * w) + (ox * stride);
                var bestValue = x[best];
                for (var ky = 0; ky < kernel; ky++)
                {
                    var row = inBase + (((oy * stride) + ky) * w) + (ox * stride);
                    for (var kx = 0; kx < kernel; kx++)
                        if (x[row + kx] > bestValue)
                        {
                            bestValue = x[row + kx];
                            best = row + kx;
                        }
                }
                y[(oy * ow) + ox] = bestValue;
                argmax[(oy * ow) + ox] = best;
            }
    }

    private static void MaxPlane2x2(ReadOnlySpan<float> x, int inBase, int w, Span<float> y, Span<int> argmax, int oh, int ow)
    {
        for (var oy = 0; oy < oh; oy++)
        {
            var top = inBase + (2 * oy * w);
            var bottom = top + w;
            var outRow = oy * ow;
            for (var ox = 0; ox < ow; ox++)
            {
                var (t, b) = (top + (2 * ox), bottom + (2 * ox));
                float a0 = x[t], a1 = x[t + 1], b0 = x[b], b1 = x[b + 1];
                // Branch-free: with random data a branch per comparison mispredicts half the time. Ties keep the earlier
                // element in row-major order, as the general loop does.
                var upperAt = t + Bit(a1 > a0);
                var lowerAt = b + Bit(b1 > b0);
                var upper = float.MaxNative(a0, a1);
                var lower = float.MaxNative(b0, b1);
                var lowerWins = Bit(lower > upper);
                y[outRow + ox] = float.MaxNative(upper, lower);
                argmax[outRow + ox] = upperAt + (lowerWins * (lowerAt - upperAt));
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool value) => System.Runtime.CompilerServices.Unsafe.As<bool, byte>(ref value);
}
