namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    // Below this many rows a region stays on the calling thread: a dispatch costs more than it saves.
    private const int ParallelRows = 4096;

    // Rows per chunk of a partition; chunks depend on the row count only, never on the thread count.
    private const int ChunkRows = 8192;

    // Leaves of at least twice BoostingOptions.HistogramChunkRows rows build their histogram in row chunks of about
    // that size, at most this many (each chunk costs a buffer to clear and to add up).
    private const int MaxHistogramChunks = 8;

    // Not cleared: each block of a histogram pass clears its own features' entries first, in parallel.
    private double[] RentHistogram() =>
        _freeHistograms.TryPop(out var histogram) ? histogram : new double[_entryCount * HistogramKernels.EntryWidth];

    private void Release(ref double[]? histogram)
    {
        if (histogram is not null) _freeHistograms.Push(histogram);
        histogram = null;
    }

    /// <summary>The root: its histogram over all (bagged) rows, its sums, then its best split.</summary>
    private void BuildRoot(ref Leaf root, double[] gradients)
    {
        BuildHistogram(root, gradients);
        (root.G, root.H) = Totals(root.Histogram!);
        var unused = default(Leaf);
        Scan(ref root, ref unused, hasLarge: false);
    }

    /// <summary>
    /// The smaller child's histogram from its rows, then (in the scan region) the larger child's by subtraction from
    /// the parent's, which it holds on entry, and both children's best splits.
    /// </summary>
    private void Expand(ref Leaf small, ref Leaf large, double[] gradients)
    {
        BuildHistogram(small, gradients);
        Scan(ref small, ref large, hasLarge: true);
    }

    /// <summary>
    /// Fills the leaf's histogram over the active features. Big leaves are cut into a fixed number of row chunks
    /// (a function of the row count only), each summed into its own buffer and then added up in chunk order, so every
    /// row is read once and the sums do not depend on the thread count; mid-sized leaves split the features instead.
    /// </summary>
    private void BuildHistogram(in Leaf leaf, double[] gradients)
    {
        var histogram = leaf.Histogram!;
        var (start, count) = (leaf.Start, leaf.Count);
        var chunkRows = _options.HistogramChunkRows;
        var chunks = count < chunkRows * 2 ? 1 : Math.Min(MaxHistogramChunks, count / chunkRows);
        if (chunks == 1)
        {
            var blocks = Blocks(count);
            _team.Run(blocks, b =>
            {
                var (from, to) = Chunk(b, blocks, _active.Length);
                BuildRows(start, count, gradients, from, to, histogram);
            });
            return;
        }
        while (_partials.Count < chunks - 1) _partials.Add(new double[_entryCount * HistogramKernels.EntryWidth]);
        var partials = _partials;
        _team.Run(chunks, c =>
        {
            var (from, to) = Chunk(c, chunks, count);
            BuildRows(start + from, to - from, gradients, 0, _active.Length, c == 0 ? histogram : partials[c - 1]);
        });
        var blocks2 = Math.Min(_threads, _active.Length);
        _team.Run(blocks2, b =>
        {
            var (from, to) = Chunk(b, blocks2, _active.Length);
            for (var j = from; j < to; j++)
                for (var c = 1; c < chunks; c++)
                    HistogramKernels.Add(histogram, partials[c - 1], _active[j], _active[j] + 1);
        });
    }

    private int Blocks(int rows) => rows < ParallelRows ? 1 : Math.Min(_threads, _active.Length);

    /// <summary>Clears the entries of active features [<paramref name="from"/>, <paramref name="to"/>) and adds rows [start, start + count) of <c>_rows</c> to them.</summary>
    private void BuildRows(int start, int count, double[] gradients, int from, int to, double[] histogram)
    {
        var active = _active;
        const int W = HistogramKernels.EntryWidth;
        for (var j = from; j < to; j++) histogram.AsSpan(_offsets[active[j]] * W, (_offsets[active[j] + 1] - _offsets[active[j]]) * W).Clear();
        var rows = _rows.AsSpan(start, count);
        if (active.Length == _data.FeatureCount)
            HistogramKernels.Build(_data.Bins, _data.FeatureCount, rows, count, gradients, true, from, to, histogram);
        else
            HistogramKernels.BuildSubset(_data.Bins, _data.FeatureCount, rows, count, gradients, true, active.AsSpan(from, to - from), histogram);
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
