using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// A KD-tree over the training rows (https://en.wikipedia.org/wiki/K-d_tree): each node splits its rows at the
/// median of its widest feature and keeps its rows' bounding box, so a search skips every node whose box is farther
/// than the k-th best distance found so far. Leaves hold up to <c>leafSize</c> rows, stored contiguously in tree
/// order so a leaf scan reads one block of memory. Distances inside are "reduced" (squared for Euclidean).
/// </summary>
internal sealed class KdTree
{
    private readonly Matrix _data;
    private readonly int[] _order;
    private readonly bool _euclidean;
    private readonly List<Node> _nodes = [];
    private readonly List<double[]> _boxes = [];

    private readonly record struct Node(int Start, int End, int Left, int Right);

    public KdTree(Matrix train, bool euclidean, int leafSize)
    {
        _euclidean = euclidean;
        _order = [.. Enumerable.Range(0, train.RowCount)];
        Build(train, 0, train.RowCount, leafSize, new double[train.RowCount]);
        _data = train.Rows(_order);
    }

    /// <summary>Offers every row that can be among the nearest to <paramref name="query"/> to <paramref name="set"/>.</summary>
    public void Search(ReadOnlySpan<double> query, NearestSet set) => Search(0, query, set);

    private void Search(int node, ReadOnlySpan<double> query, NearestSet set)
    {
        var n = _nodes[node];
        if (n.Left < 0)
        {
            for (var i = n.Start; i < n.End; i++)
            {
                var row = _data.Row(i);
                var d = _euclidean ? DistanceKernels.SquaredEuclidean(query, row) : DistanceKernels.Manhattan(query, row);
                if (d <= set.Worst) set.Offer(d, _order[i]);
            }
            return;
        }
        var left = BoxDistance(n.Left, query);
        var right = BoxDistance(n.Right, query);
        var (first, firstBound, second, secondBound) = left <= right ? (n.Left, left, n.Right, right) : (n.Right, right, n.Left, left);
        // The slack keeps a row whose distance ties the bound at the last bit (sums in another order) in play.
        if (firstBound * (1 - 1e-12) <= set.Worst) Search(first, query, set);
        if (secondBound * (1 - 1e-12) <= set.Worst) Search(second, query, set);
    }

    private double BoxDistance(int node, ReadOnlySpan<double> query)
    {
        var box = _boxes[node];
        var d = query.Length;
        var sum = 0.0;
        for (var j = 0; j < d; j++)
        {
            var q = query[j];
            var gap = q < box[j] ? box[j] - q : q > box[d + j] ? q - box[d + j] : 0;
            sum += _euclidean ? gap * gap : gap;
        }
        return sum;
    }

    private int Build(Matrix train, int start, int end, int leafSize, double[] keys)
    {
        var d = train.ColumnCount;
        var box = new double[2 * d];
        box.AsSpan(0, d).Fill(double.PositiveInfinity);
        box.AsSpan(d).Fill(double.NegativeInfinity);
        for (var i = start; i < end; i++)
        {
            var row = train.Row(_order[i]);
            for (var j = 0; j < d; j++)
            {
                box[j] = Math.Min(box[j], row[j]);
                box[d + j] = Math.Max(box[d + j], row[j]);
            }
        }
        var index = _nodes.Count;
        _nodes.Add(new Node(start, end, -1, -1));
        _boxes.Add(box);
        var widest = 0;
        for (var j = 1; j < d; j++)
            if (box[d + j] - box[j] > box[d + widest] - box[widest]) widest = j;
        if (end - start <= leafSize || box[d + widest] == box[widest])
            return index;

        for (var i = start; i < end; i++) keys[i] = train[_order[i], widest];
        Array.Sort(keys, _order, start, end - start);
        var middle = start + ((end - start) / 2);
        var left = Build(train, start, middle, leafSize, keys);
        var right = Build(train, middle, end, leafSize, keys);
        _nodes[index] = new Node(start, end, left, right);
        return index;
    }
}
