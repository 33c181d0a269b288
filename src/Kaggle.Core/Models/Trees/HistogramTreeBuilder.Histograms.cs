namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    // Below this many rows a histogram pass or split scan stays on the calling thread: a dispatch costs more than it saves.
    private const int ParallelRows = 4096;

    // Rows per chunk of a gather or partition; chunks depend on the row count only, never on the thread count.
    private const int ChunkRows = 8192;

    private double[] RentHistogram()
    {
        if (_freeHistograms.TryPop(out var histogram))
        {
            Array.Clear(histogram);
            return histogram;
        }
        return new double[_entryCount * HistogramKernels.EntryWidth];
    }

    private void Release(ref double[]? histogram)
    {
        if (histogram is not null) _freeHistograms.Push(histogram);
        histogram = null;
    }

    /// <summary>
    /// Fills the leaf's histogram over the active features. Rows of a leaf are scattered, so their gradient pairs are
    /// first gathered into consecutive order; the root over all rows reads them in place.
    /// </summary>
    private void BuildHistogram(in Leaf leaf, double[] gradients, bool wholeData)
    {
        var count = leaf.Count;
        var rows = _rows;
        var start = leaf.Start;
        var blocks = count < ParallelRows ? 1 : Math.Min(_threads, _active.Length);
        // One block reads the gradient pairs in place; several blocks would each pay the scattered reads, so they
        // share one gathered, consecutive copy.
        var byRow = wholeData || blocks == 1;
        var source = gradients;
        if (!byRow)
        {
            source = _ordered;
            var chunks = ChunkCount(count);
            TreeParallel.For(chunks, _threads, c =>
            {
                var (from, to) = Chunk(c, chunks, count);
                HistogramKernels.Gather(rows.AsSpan(start + from, to - from), gradients, _ordered.AsSpan(2 * from, 2 * (to - from)));
            });
        }

        var histogram = leaf.Histogram!;
        var active = _active;
        var allFeatures = active.Length == _data.FeatureCount;
        TreeParallel.For(blocks, _threads, b =>
        {
            var (from, to) = Chunk(b, blocks, active.Length);
            var leafRows = wholeData ? default : rows.AsSpan(start, count);
            if (allFeatures)
                HistogramKernels.Build(_data.Bins, _data.FeatureCount, leafRows, count, source, byRow, from, to, histogram);
            else
                HistogramKernels.BuildSubset(_data.Bins, _data.FeatureCount, leafRows, count, source, byRow, active.AsSpan(from, to - from), histogram);
        });
    }

    /// <summary>parent −= child over the active features' entries, split by feature across threads.</summary>
    private void SubtractInto(double[] parent, double[] child)
    {
        var active = _active;
        var blocks = Math.Min(_threads, active.Length);
        TreeParallel.For(blocks, _threads, b =>
        {
            var (from, to) = Chunk(b, blocks, active.Length);
            for (var j = from; j < to; j++)
                HistogramKernels.Subtract(parent, child, active[j], active[j] + 1);
        });
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
