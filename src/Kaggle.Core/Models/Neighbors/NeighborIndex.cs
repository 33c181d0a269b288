using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// The k-nearest-neighbour search shared by the classifier and the regressor: brute force in cache-sized blocks
/// (64 queries against 256 training rows at a time, so a tile of training rows is read from memory once per 64
/// queries) or a <see cref="KdTree"/>. Queries run in blocks on several threads; each query's answer depends only
/// on that query, so results are identical at any thread count. Ties go to the lower training row.
/// </summary>
internal sealed class NeighborIndex
{
    private const int QueryBlock = 64;
    private const int TrainTile = 256;

    private readonly Matrix _train;
    private readonly DistanceMetric _metric;
    private readonly KdTree? _tree;

    public NeighborIndex(Matrix train, DistanceMetric metric, NeighborAlgorithm algorithm, int leafSize)
    {
        _metric = metric;
        _train = metric == DistanceMetric.Cosine ? Normalized(train) : train;
        var useTree = algorithm == NeighborAlgorithm.KdTree
            || (algorithm == NeighborAlgorithm.Auto && metric != DistanceMetric.Cosine && train.ColumnCount <= 16);
        if (useTree && metric == DistanceMetric.Cosine)
            throw new ArgumentException("The KD-tree supports Euclidean and Manhattan distances; use Brute or Auto for Cosine.", "Algorithm");
        if (useTree) _tree = new KdTree(train, metric == DistanceMetric.Euclidean, leafSize);
    }

    public int RowCount => _train.RowCount;

    /// <summary>
    /// For each row of <paramref name="queries"/>, the <paramref name="k"/> nearest training rows (nearest first)
    /// and their distances, row-major (queries × k).
    /// </summary>
    public void Query(Matrix queries, int k, int threads, int[] rows, double[] distances)
    {
        var blocks = (queries.RowCount + QueryBlock - 1) / QueryBlock;
        TreeParallel.For(blocks, threads, b =>
        {
            var first = b * QueryBlock;
            var count = Math.Min(QueryBlock, queries.RowCount - first);
            var sets = new NearestSet[count];
            for (var i = 0; i < count; i++) sets[i] = new NearestSet(k);
            var block = _metric == DistanceMetric.Cosine ? Normalized(queries, first, count) : null;
            if (_tree is not null)
                for (var i = 0; i < count; i++) _tree.Search(queries.Row(first + i), sets[i]);
            else
                Brute(queries, first, block, sets);
            for (var i = 0; i < count; i++)
            {
                var offset = (first + i) * k;
                sets[i].Drain(rows.AsSpan(offset, k), distances.AsSpan(offset, k));
                if (_metric == DistanceMetric.Euclidean)
                    TensorPrimitives.Sqrt(distances.AsSpan(offset, k), distances.AsSpan(offset, k));
            }
        });
    }

    private void Brute(Matrix queries, int first, Matrix? normalized, NearestSet[] sets)
    {
        Span<double> four = stackalloc double[4];
        var d = _train.ColumnCount;
        var train = _train.Array;
        for (var tile = 0; tile < _train.RowCount; tile += TrainTile)
        {
            var tileEnd = Math.Min(tile + TrainTile, _train.RowCount);
            for (var i = 0; i < sets.Length; i++)
            {
                var query = normalized is null ? queries.Row(first + i) : normalized.Row(i);
                var set = sets[i];
                var r = tile;
                if (_metric == DistanceMetric.Euclidean)
                    for (; r <= tileEnd - 4; r += 4)
                    {
                        DistanceKernels.SquaredEuclidean4(query, train.AsSpan(r * d, 4 * d), four);
                        for (var u = 0; u < 4; u++)
                            if (four[u] <= set.Worst) set.Offer(four[u], r + u);
                    }
                for (; r < tileEnd; r++)
                {
                    var distance = Distance(query, train.AsSpan(r * d, d));
                    if (distance <= set.Worst) set.Offer(distance, r);
                }
            }
        }
    }

    // Reduced distance: squared for Euclidean, 1 − cos on unit rows for cosine.
    private double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => _metric switch
    {
        DistanceMetric.Euclidean => DistanceKernels.SquaredEuclidean(a, b),
        DistanceMetric.Manhattan => DistanceKernels.Manhattan(a, b),
        _ => 1 - TensorPrimitives.Dot(a, b),
    };

    private static Matrix Normalized(Matrix x, int first = 0, int count = -1)
    {
        count = count < 0 ? x.RowCount : count;
        var result = new Matrix(count, x.ColumnCount);
        for (var i = 0; i < count; i++)
        {
            var source = x.Row(first + i);
            var norm = TensorPrimitives.Norm(source);
            // A zero row stays zero: its cosine distance to everything is 1, as scikit-learn's.
            if (norm > 0) TensorPrimitives.Divide(source, norm, result.Row(i));
        }
        return result;
    }
}
