namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    // Below this many rows a region stays on the calling thread: a dispatch costs more than it saves.
    private const int ParallelRows = 4096;

    // Rows per chunk of a gather or partition; chunks depend on the row count only, never on the thread count.
    private const int ChunkRows = 8192;

    // Not cleared: each block of a histogram pass clears its own features' entries first, in parallel.
    private double[] RentHistogram() =>
        _freeHistograms.TryPop(out var histogram) ? histogram : new double[_entryCount * HistogramKernels.EntryWidth];

    private void Release(ref double[]? histogram)
    {
        if (histogram is not null) _freeHistograms.Push(histogram);
        histogram = null;
    }

    /// <summary>The root: its histogram over all (bagged) rows, its sums, then its best split.</summary>
    private void BuildRoot(ref Leaf root, double[] gradients, bool wholeData)
    {
        var (source, byRow) = GradientSource(root, gradients, wholeData);
        var blocks = Blocks(root.Count);
        var histogram = root.Histogram!;
        var (start, count) = (root.Start, root.Count);
        _team.Run(blocks, b => BuildBlock(b, blocks, start, count, source, byRow, wholeData, histogram));
        (root.G, root.H) = Totals(histogram);
        var unused = default(Leaf);
        Scan(ref root, ref unused, hasLarge: false);
    }

    /// <summary>
    /// One region per split, by feature block: the smaller child's histogram from its rows, the larger child's by
    /// subtraction from the parent's (only if it may split), and both children's best splits.
    /// </summary>
    private void Expand(ref Leaf small, ref Leaf large, double[] gradients)
    {
        var (source, byRow) = GradientSource(small, gradients, wholeData: false);
        var subtract = CanSplit(large);
        if (!subtract) Release(ref large.Histogram);
        var smallHistogram = small.Histogram!;
        var largeHistogram = large.Histogram;
        var (start, count) = (small.Start, small.Count);
        var blocks = Blocks(small.Count + (subtract ? large.Count : 0));
        var active = _active;
        _team.Run(blocks, b =>
        {
            BuildBlock(b, blocks, start, count, source, byRow, false, smallHistogram);
            if (largeHistogram is null) return;
            var (from, to) = Chunk(b, blocks, active.Length);
            for (var j = from; j < to; j++) HistogramKernels.Subtract(largeHistogram, smallHistogram, active[j], active[j] + 1);
        });
        Scan(ref small, ref large, hasLarge: subtract);
    }

    /// <summary>The gradient pairs a histogram pass reads: in place by row, or a consecutive gathered copy for big leaves read by several blocks.</summary>
    private (double[] Source, bool ByRow) GradientSource(in Leaf leaf, double[] gradients, bool wholeData)
    {
        if (wholeData || leaf.Count < ParallelRows) return (gradients, true);
        var rows = _rows;
        var (start, count) = (leaf.Start, leaf.Count);
        var chunks = ChunkCount(count);
        _team.Run(chunks, c =>
        {
            var (from, to) = Chunk(c, chunks, count);
            HistogramKernels.Gather(rows.AsSpan(start + from, to - from), gradients, _ordered.AsSpan(2 * from, 2 * (to - from)));
        });
        return (_ordered, false);
    }

    private int Blocks(int rows) => rows < ParallelRows ? 1 : Math.Min(_threads, _active.Length);

    /// <summary>Adds the leaf's rows to the entries of feature block <paramref name="block"/> of <paramref name="blocks"/>.</summary>
    private void BuildBlock(int block, int blocks, int start, int count, double[] source, bool byRow, bool wholeData, double[] histogram)
    {
        var active = _active;
        var (from, to) = Chunk(block, blocks, active.Length);
        const int W = HistogramKernels.EntryWidth;
        for (var j = from; j < to; j++) histogram.AsSpan(_offsets[active[j]] * W, (_offsets[active[j] + 1] - _offsets[active[j]]) * W).Clear();
        var rows = wholeData ? default : _rows.AsSpan(start, count);
        if (active.Length == _data.FeatureCount)
            HistogramKernels.Build(_data.Bins, _data.FeatureCount, rows, count, source, byRow, from, to, histogram);
        else
            HistogramKernels.BuildSubset(_data.Bins, _data.FeatureCount, rows, count, source, byRow, active.AsSpan(from, to - from), histogram);
    }

    /// <summary>Sum of gradients and hessians over all bins of the first active feature (every row sits in exactly one).</summary>
    private (double G, double H) Totals(double[] histogram)
    {
        var f = _active[0];
        double g = 0, h = 0;
        for (var e = _offsets[f]; e < _offsets[f + 1]; e++)
        {
            g += histogram[e * HistogramKernels.EntryWidth];
            h += histogram[(e * HistogramKernels.EntryWidth) + 1];
        }
        return (g, h);
    }

    /// <summary>A fixed number of row chunks for <paramref name="count"/> rows: it depends on the rows only, never on the thread count.</summary>
    private static int ChunkCount(int count) => Math.Clamp(count / ChunkRows, 1, 64);

    private static (int From, int To) Chunk(int index, int chunks, int count)
    {
        var size = count / chunks;
        var extra = count % chunks;
        var from = (index * size) + Math.Min(index, extra);
        return (from, from + size + (index < extra ? 1 : 0));
    }
}
