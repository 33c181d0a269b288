using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kaggle.Autograd.Kernels;

/// <summary>
/// Fused elementwise kernels that <c>TensorPrimitives</c> has no single call for (mostly the backward passes of
/// activations), so each is one allocation-free pass. Each is a <see cref="Vector{T}"/> loop plus a scalar tail;
/// the tests compare them with scalar loops.
/// </summary>
internal static class Elementwise
{
    /// <summary>y = scale·x + shift.</summary>
    public static void Affine(ReadOnlySpan<float> x, float scale, float shift, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var xr = ref MemoryMarshal.GetReference(x);
            ref var yr = ref MemoryMarshal.GetReference(y);
            var (a, b) = (new Vector<float>(scale), new Vector<float>(shift));
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
                ((Vector.LoadUnsafe(ref xr, (nuint)i) * a) + b).StoreUnsafe(ref yr, (nuint)i);
        }
        for (; i < x.Length; i++)
            y[i] = (x[i] * scale) + shift;
    }

    /// <summary>dx += x &gt; 0 ? g : 0.</summary>
    public static void ReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> g, Span<float> dx)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var xr = ref MemoryMarshal.GetReference(x);
            ref var gr = ref MemoryMarshal.GetReference(g);
            ref var dr = ref MemoryMarshal.GetReference(dx);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var xv = Vector.LoadUnsafe(ref xr, (nuint)i);
                var gv = Vector.LoadUnsafe(ref gr, (nuint)i);
                var keep = Vector.GreaterThan(xv, Vector<float>.Zero);
                var sum = Vector.LoadUnsafe(ref dr, (nuint)i) + Vector.ConditionalSelect(keep, gv, Vector<float>.Zero);
                sum.StoreUnsafe(ref dr, (nuint)i);
            }
        }
        for (; i < x.Length; i++)
            if (x[i] > 0) dx[i] += g[i];
    }

    /// <summary>y = x &gt; 0 ? x : slope·x.</summary>
    public static void LeakyRelu(ReadOnlySpan<float> x, float slope, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var xr = ref MemoryMarshal.GetReference(x);
            ref var yr = ref MemoryMarshal.GetReference(y);
            var s = new Vector<float>(slope);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var xv = Vector.LoadUnsafe(ref xr, (nuint)i);
                Vector.ConditionalSelect(Vector.GreaterThan(xv, Vector<float>.Zero), xv, xv * s).StoreUnsafe(ref yr, (nuint)i);
            }
        }
        for (; i < x.Length; i++)
            y[i] = x[i] > 0 ? x[i] : slope * x[i];
    }

    /// <summary>dx += x &gt; 0 ? g : slope·g.</summary>
    public static void LeakyReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> g, float slope, Span<float> dx)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var xr = ref MemoryMarshal.GetReference(x);
            ref var gr = ref MemoryMarshal.GetReference(g);
            ref var dr = ref MemoryMarshal.GetReference(dx);
            var s = new Vector<float>(slope);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var xv = Vector.LoadUnsafe(ref xr, (nuint)i);
                var gv = Vector.LoadUnsafe(ref gr, (nuint)i);
                var sum = Vector.LoadUnsafe(ref dr, (nuint)i) + Vector.ConditionalSelect(Vector.GreaterThan(xv, Vector<float>.Zero), gv, gv * s);
                sum.StoreUnsafe(ref dr, (nuint)i);
            }
        }
        for (; i < x.Length; i++)
            dx[i] += x[i] > 0 ? g[i] : slope * g[i];
    }

    /// <summary>dx += g·y·(1 − y), the sigmoid's derivative written through its output y.</summary>
    public static void SigmoidBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> g, Span<float> dx) =>
        Map(y, g, dx, static (yv, gv) => gv * yv * (Vector<float>.One - yv), static (ys, gs) => gs * ys * (1 - ys));

    /// <summary>dx += g·(1 − y²), tanh's derivative written through its output y.</summary>
    public static void TanhBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> g, Span<float> dx) =>
        Map(y, g, dx, static (yv, gv) => gv * (Vector<float>.One - (yv * yv)), static (ys, gs) => gs * (1 - (ys * ys)));

    /// <summary>dx += g / x (the derivative of log, and of a quotient's numerator).</summary>
    public static void DivideAdd(ReadOnlySpan<float> g, ReadOnlySpan<float> x, Span<float> dx) =>
        Map(x, g, dx, static (xv, gv) => gv / xv, static (xs, gs) => gs / xs);

    /// <summary>dx += g / (2·y) where y = √x.</summary>
    public static void SqrtBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> g, Span<float> dx) =>
        Map(y, g, dx, static (yv, gv) => gv / (yv + yv), static (ys, gs) => gs / (ys + ys));

    /// <summary>db −= g·y / b, the derivative of y = a / b with respect to b.</summary>
    public static void QuotientDenominatorBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> b, ReadOnlySpan<float> g, Span<float> db)
    {
        for (var i = 0; i < y.Length; i++)
            db[i] -= g[i] * y[i] / b[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Map(ReadOnlySpan<float> u, ReadOnlySpan<float> g, Span<float> dx,
        Func<Vector<float>, Vector<float>, Vector<float>> vector, Func<float, float, float> scalar)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var ur = ref MemoryMarshal.GetReference(u);
            ref var gr = ref MemoryMarshal.GetReference(g);
            ref var dr = ref MemoryMarshal.GetReference(dx);
            for (; i <= u.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var sum = Vector.LoadUnsafe(ref dr, (nuint)i) + vector(Vector.LoadUnsafe(ref ur, (nuint)i), Vector.LoadUnsafe(ref gr, (nuint)i));
                sum.StoreUnsafe(ref dr, (nuint)i);
            }
        }
        for (; i < u.Length; i++)
            dx[i] += scalar(u[i], g[i]);
    }
}
