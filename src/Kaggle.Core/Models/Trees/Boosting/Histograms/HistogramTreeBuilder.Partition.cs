using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    /// <summary>
    /// Stable partition of rows [start, start + count) by the split: every fixed chunk splits its rows into the two
    /// scratch arrays in parallel, then the chunks are laid out left-then-right in chunk order. Returns the first right index.
    /// </summary>
    private int Partition(int start, int count, SplitCandidate split)
    {
        var chunks = ChunkCount(count);
        var lefts = new int[chunks];
        var columns = _columns;
        var columnStart = (long)split.Feature * _data.RowCount;
        var missingBin = _mapper.MissingBin(split.Feature);
        var rows = _rows;
        _team.Run(chunks, c =>
        {
            var (from, to) = Chunk(c, chunks, count);
            lefts[c] = PartitionChunk(rows.AsSpan(start + from, to - from), columns, columnStart, split, missingBin, _leftScratch.AsSpan(from), _rightScratch.AsSpan(from));
        });

        // Lay the chunks out left-then-right in chunk order; each chunk copies its own two runs.
        var leftAt = new int[chunks];
        var rightAt = new int[chunks];
        var leftTotal = 0;
        foreach (var l in lefts) leftTotal += l;
        for (int c = 0, left = start, right = start + leftTotal; c < chunks; c++)
        {
            var (from, to) = Chunk(c, chunks, count);
            (leftAt[c], rightAt[c]) = (left, right);
            left += lefts[c];
            right += to - from - lefts[c];
        }
        _team.Run(chunks, c =>
        {
            var (from, to) = Chunk(c, chunks, count);
            _leftScratch.AsSpan(from, lefts[c]).CopyTo(rows.AsSpan(leftAt[c]));
            _rightScratch.AsSpan(from, to - from - lefts[c]).CopyTo(rows.AsSpan(rightAt[c]));
        });
        return start + leftTotal;
    }

    /// <summary>Splits <paramref name="rows"/> (bins of the split feature from <paramref name="columns"/>[<paramref name="columnStart"/> + row]) into <paramref name="left"/> and <paramref name="right"/> (each in order); returns the left count.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int PartitionChunk(ReadOnlySpan<int> rows, byte[] columns, long columnStart, in SplitCandidate split, int missingBin, Span<int> left, Span<int> right)
    {
        int l = 0, r = 0;
        if (!split.Categorical)
        {
            // Numeric splits compare the bin with the threshold; the missing bin is the feature's last, so it is
            // "greater" and only needs the side flag.
            var threshold = split.Bin;
            var missingLeft = split.MissingLeft;
            // Both sides get the row and only one cursor advances: no branch to mispredict on a coin-flip split.
            left = left[..rows.Length];
            right = right[..rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                if (i + HistogramKernels.PrefetchDistance < rows.Length)
                    HistogramKernels.Prefetch(columns, columnStart + rows[i + HistogramKernels.PrefetchDistance]);
                int bin = columns[columnStart + row];
                var goLeft = bin == missingBin ? missingLeft : bin <= threshold;
                left[l] = row;
                right[r] = row;
                var step = goLeft ? 1 : 0;
                l += step;
                r += 1 - step;
            }
            return l;
        }
        foreach (var row in rows)
        {
            if (split.LeftBins.Contains(columns[columnStart + row])) left[l++] = row;
            else right[r++] = row;
        }
        return l;
    }

    /// <summary>The leaf node of the last tree that binned row <paramref name="row"/> reaches (for rows outside the bag).</summary>
    public int RouteBinned(int row)
    {
        var bins = _data.Bins;
        var offset = (long)row * _data.FeatureCount;
        var node = 0;
        while (!_tree.IsLeaf(node))
        {
            ref readonly var split = ref _nodeSplits[node];
            var goLeft = split.GoesLeft(bins[offset + split.Feature], _mapper.MissingBin(split.Feature));
            node = goLeft ? _tree.LeftChild(node) : _tree.RightChild(node);
        }
        return node;
    }
}
