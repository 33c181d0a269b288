using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Neighbors;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Clustering;

/// <summary>
/// Lloyd's k-means iterations with Hamerly's bounds (Hamerly 2010, "Making k-means even faster",
/// https://doi.org/10.1137/1.9781611972801.12): each row keeps an upper bound on the distance to its centre and a
/// lower bound on the distance to every other centre, so a row whose bounds are separated by more than half the gap
/// to the nearest other centre skips the k distance computations. The result is Lloyd's; only the work shrinks.
/// Stopping follows scikit-learn: no label changed, or the centres moved Σ‖Δc‖² ≤ tolerance. Rows are processed
/// in fixed blocks whose partial sums are added in block order, so the result is identical at any thread count.
/// </summary>
internal sealed class HamerlyLloyd
{
    private const int Block = 512;

    private readonly Matrix _x;
    private readonly int _threads;
    private readonly int[] _labels;
    private readonly int[] _previous;
    private readonly double[] _sums;
    private readonly int[] _counts;
    private readonly double[] _upper;
    private readonly double[] _lower;
    private Matrix _centres;

    private HamerlyLloyd(Matrix x, Matrix centres, int threads)
    {
        _x = x;
        _centres = centres;
        _threads = threads;
        _labels = new int[x.RowCount];
        _previous = new int[x.RowCount];
        _sums = new double[centres.RowCount * centres.ColumnCount];
        _counts = new int[centres.RowCount];
        _upper = new double[x.RowCount];
        _lower = new double[x.RowCount];
    }

    public sealed record Result(Matrix Centres, int[] Labels, double Inertia, int Iterations);

    public static Result Run(Matrix x, Matrix initial, int maxIterations, double tolerance, int threads)
    {
        var run = new HamerlyLloyd(x, initial.Clone(), threads);
        var halfGaps = new double[initial.RowCount];
        var strict = false;
        var iterations = 0;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            iterations = iteration + 1;
            Array.Copy(run._labels, run._previous, run._labels.Length);
            var changed = iteration == 0 ? run.AssignAll() : run.Assign(halfGaps);
            if (iteration > 0 && changed == 0)
            {
                strict = true;
                break;
            }
            // Once few labels change, moving those rows between the running sums reads far less than summing all
            // rows again (exactly the same sums for integer data such as pixels).
            if (iteration == 0 || changed > x.RowCount / 8) run.SumAll();
            else run.SumChanged();
            var shift = run.UpdateCentres();
            run.HalfGaps(halfGaps);
            if (shift <= tolerance) break;
        }
        if (!strict) run.Assign(halfGaps);
        return new Result(run._centres, run._labels, run.Inertia(), iterations);
    }

    // Full assignment: every distance for every row.
    private int AssignAll() => Blocks(start => Rows(start, i => Nearest(i)));

    private int Assign(double[] halfGaps) => Blocks(start => Rows(start, i =>
    {
        var a = _labels[i];
        var bound = Math.Max(halfGaps[a], _lower[i]);
        if (_upper[i] <= bound) return false;
        _upper[i] = Math.Sqrt(DistanceKernels.SquaredEuclidean(_x.Row(i), _centres.Row(a)));
        return _upper[i] > bound && Nearest(i);
    }));

    // Sets row i's label and bounds from all k distances; true when the label changed.
    private bool Nearest(int i)
    {
        var row = _x.Row(i);
        double best = double.PositiveInfinity, second = double.PositiveInfinity;
        var label = 0;
        for (var c = 0; c < _centres.RowCount; c++)
        {
            var distance = DistanceKernels.SquaredEuclidean(row, _centres.Row(c));
            if (distance < best) (second, best, label) = (best, distance, c);
            else if (distance < second) second = distance;
        }
        var changed = _labels[i] != label;
        _labels[i] = label;
        _upper[i] = Math.Sqrt(best);
        _lower[i] = Math.Sqrt(second);
        return changed;
    }

    private int Rows(int start, Func<int, bool> visit)
    {
        var changed = 0;
        var end = Math.Min(start + Block, _x.RowCount);
        for (var i = start; i < end; i++) if (visit(i)) changed++;
        return changed;
    }

    private int Blocks(Func<int, int> block)
    {
        var counts = new int[(_x.RowCount + Block - 1) / Block];
        TreeParallel.For(counts.Length, _threads, b => counts[b] = block(b * Block));
        return counts.Sum();
    }

    // The per-cluster sums of all rows, from fixed row blocks added in block order.
    private void SumAll()
    {
        var (k, d) = (_centres.RowCount, _centres.ColumnCount);
        var blockCount = (_x.RowCount + Block - 1) / Block;
        var sums = new double[blockCount][];
        var counts = new int[blockCount][];
        TreeParallel.For(blockCount, _threads, b =>
        {
            var sum = sums[b] = new double[k * d];
            var count = counts[b] = new int[k];
            for (var i = b * Block; i < Math.Min((b + 1) * Block, _x.RowCount); i++)
            {
                var target = sum.AsSpan(_labels[i] * d, d);
                TensorPrimitives.Add(target, _x.Row(i), target);   // element-wise, so the same sums as a scalar loop
                count[_labels[i]]++;
            }
        });
        Array.Clear(_sums);
        Array.Clear(_counts);
        for (var b = 0; b < blockCount; b++)
        {
            TensorPrimitives.Add(_sums, sums[b], _sums);
            for (var c = 0; c < k; c++) _counts[c] += counts[b][c];
        }
    }

    // Moves the rows whose label changed from their old cluster's sum to the new one's, blocks added in block order.
    private void SumChanged()
    {
        var (k, d) = (_centres.RowCount, _centres.ColumnCount);
        var blockCount = (_x.RowCount + Block - 1) / Block;
        var deltas = new double[blockCount][];
        var counts = new int[blockCount][];
        TreeParallel.For(blockCount, _threads, b =>
        {
            for (var i = b * Block; i < Math.Min((b + 1) * Block, _x.RowCount); i++)
            {
                var (from, to) = (_previous[i], _labels[i]);
                if (from == to) continue;
                var delta = deltas[b] ??= new double[k * d];
                var count = counts[b] ??= new int[k];
                var row = _x.Row(i);
                TensorPrimitives.Subtract(delta.AsSpan(from * d, d), row, delta.AsSpan(from * d, d));
                TensorPrimitives.Add(delta.AsSpan(to * d, d), row, delta.AsSpan(to * d, d));
                count[from]--;
                count[to]++;
            }
        });
        for (var b = 0; b < blockCount; b++)
        {
            if (deltas[b] is not { } delta) continue;
            TensorPrimitives.Add(_sums, delta, _sums);
            for (var c = 0; c < k; c++) _counts[c] += counts[b]![c];
        }
    }

    // The M-step: each centre moves to its rows' mean (an empty cluster keeps its centre); bounds widen by the moves.
    private double UpdateCentres()
    {
        var (k, d) = (_centres.RowCount, _centres.ColumnCount);
        var centres = _centres.Clone();
        var moves = new double[k];
        for (var c = 0; c < k; c++)
        {
            var centre = centres.Row(c);
            if (_counts[c] == 0) _centres.Row(c).CopyTo(centre);
            else TensorPrimitives.Divide(_sums.AsSpan(c * d, d), _counts[c], centre);
            moves[c] = Math.Sqrt(DistanceKernels.SquaredEuclidean(centre, _centres.Row(c)));
        }
        _centres = centres;
        var largest = 0;
        for (var c = 1; c < k; c++) if (moves[c] > moves[largest]) largest = c;
        var secondLargest = 0.0;
        for (var c = 0; c < k; c++) if (c != largest) secondLargest = Math.Max(secondLargest, moves[c]);
        for (var i = 0; i < _x.RowCount; i++)
        {
            _upper[i] += moves[_labels[i]];
            _lower[i] -= _labels[i] == largest ? secondLargest : moves[largest];
        }
        return moves.Sum(m => m * m);
    }

    // Half the distance from each centre to its nearest other centre: a row closer than that to its centre stays.
    private void HalfGaps(double[] halfGaps)
    {
        for (var c = 0; c < _centres.RowCount; c++)
        {
            var nearest = double.PositiveInfinity;
            for (var o = 0; o < _centres.RowCount; o++)
                if (o != c) nearest = Math.Min(nearest, DistanceKernels.SquaredEuclidean(_centres.Row(c), _centres.Row(o)));
            halfGaps[c] = 0.5 * Math.Sqrt(nearest);
        }
    }

    private double Inertia()
    {
        var blockCount = (_x.RowCount + Block - 1) / Block;
        var partial = new double[blockCount];
        TreeParallel.For(blockCount, _threads, b =>
        {
            for (var i = b * Block; i < Math.Min((b + 1) * Block, _x.RowCount); i++)
                partial[b] += DistanceKernels.SquaredEuclidean(_x.Row(i), _centres.Row(_labels[i]));
        });
        return partial.Sum();
    }
}
