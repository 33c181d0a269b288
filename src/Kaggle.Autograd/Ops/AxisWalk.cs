namespace Kaggle.Autograd.Ops;

/// <summary>
/// Index arithmetic shared by reductions, broadcasting and block copies. Loops are over contiguous runs of the
/// innermost axis, so the per-run work can be one <c>TensorPrimitives</c> call.
/// </summary>
internal static class AxisWalk
{
    /// <summary>Called once per innermost run: offsets into the full and the reduced buffer, the run length, and
    /// whether the reduced side is broadcast along the run (one value) or runs alongside (a span of values).</summary>
    internal delegate void Run(int fullOffset, int reducedOffset, int length, bool broadcast);

    /// <summary>Called once per innermost run of a block copy with the source and destination offsets.</summary>
    internal delegate void Copy(int sourceOffset, int destinationOffset, int length);

    /// <summary>
    /// Walks a <paramref name="full"/> shape against a <paramref name="reduced"/> shape of the same rank whose every
    /// axis equals the full one or is 1. Adjacent axes of the same kind are merged first, so reducing [N, C, H, W]
    /// over (0, 2, 3) becomes runs of H·W elements.
    /// </summary>
    public static void Walk(ReadOnlySpan<int> full, ReadOnlySpan<int> reduced, Run run)
    {
        Span<int> dims = stackalloc int[full.Length + 1];
        Span<bool> broadcast = stackalloc bool[full.Length + 1];
        var count = 0;
        for (var a = 0; a < full.Length; a++)
        {
            if (full[a] == 0) return;
            if (full[a] == 1) continue;
            var b = reduced[a] == 1;
            if (count > 0 && broadcast[count - 1] == b)
                dims[count - 1] *= full[a];
            else
            {
                dims[count] = full[a];
                broadcast[count++] = b;
            }
        }
        if (count == 0)
        {
            run(0, 0, 1, false);
            return;
        }
        Span<int> fullStrides = stackalloc int[count];
        Span<int> reducedStrides = stackalloc int[count];
        int fs = 1, rs = 1;
        for (var a = count - 1; a >= 0; a--)
        {
            fullStrides[a] = fs;
            fs *= dims[a];
            reducedStrides[a] = broadcast[a] ? 0 : rs;
            if (!broadcast[a]) rs *= dims[a];
        }
        var last = count - 1;
        Span<int> index = stackalloc int[count];
        int fo = 0, ro = 0;
        var outer = fs / dims[last];
        for (var o = 0; o < outer; o++)
        {
            run(fo, ro, dims[last], broadcast[last]);
            for (var a = last - 1; a >= 0; a--)
            {
                fo += fullStrides[a];
                ro += reducedStrides[a];
                if (++index[a] < dims[a]) break;
                fo -= fullStrides[a] * dims[a];
                ro -= reducedStrides[a] * dims[a];
                index[a] = 0;
            }
        }
    }

    /// <summary>
    /// Walks a box of <paramref name="extent"/> that starts at <paramref name="sourceStart"/> in a tensor of
    /// <paramref name="sourceDims"/> and at <paramref name="destinationStart"/> in one of <paramref name="destinationDims"/>
    /// (all the same rank), one innermost run at a time: the index work of slice and pad.
    /// </summary>
    public static void Block(ReadOnlySpan<int> sourceDims, ReadOnlySpan<int> sourceStart, ReadOnlySpan<int> destinationDims,
        ReadOnlySpan<int> destinationStart, ReadOnlySpan<int> extent, Copy copy)
    {
        var rank = extent.Length;
        if (rank == 0)
        {
            copy(0, 0, 1);
            return;
        }
        foreach (var e in extent)
            if (e == 0) return;
        Span<int> ss = stackalloc int[rank];
        Span<int> ds = stackalloc int[rank];
        int sStride = 1, dStride = 1, so = 0, d0 = 0;
        for (var a = rank - 1; a >= 0; a--)
        {
            ss[a] = sStride;
            ds[a] = dStride;
            so += sourceStart[a] * sStride;
            d0 += destinationStart[a] * dStride;
            sStride *= sourceDims[a];
            dStride *= destinationDims[a];
        }
        var last = rank - 1;
        Span<int> index = stackalloc int[rank];
        var outer = 1;
        for (var a = 0; a < last; a++) outer *= extent[a];
        for (var o = 0; o < outer; o++)
        {
            copy(so, d0, extent[last]);
            for (var a = last - 1; a >= 0; a--)
            {
                so += ss[a];
                d0 += ds[a];
                if (++index[a] < extent[a]) break;
                so -= ss[a] * extent[a];
                d0 -= ds[a] * extent[a];
                index[a] = 0;
            }
        }
    }
}
