using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Extra trees' splits (Geurts, Ernst and Wehenkel 2006): each drawn feature offers one threshold drawn uniformly
/// between the node's lowest and highest raw value of that feature, scored with missing values on either side.
/// Works on raw feature-major columns, so thresholds are continuous rather than limited to quantile bins.
/// </summary>
internal sealed partial class CartBuilder
{
    // The node's values of the feature being scored, and of the best feature so far, in the node's row order.
    private double[] _gathered = [];
    private double[] _bestGathered = [];

    /// <summary>A feature-major copy of <paramref name="x"/>: feature f of row i at f × rows + i.</summary>
    public static double[] FeatureMajor(Matrix x, int threads)
    {
        var rows = x.RowCount;
        var features = x.ColumnCount;
        var values = x.Array;
        var columns = new double[(long)rows * features];
        Parallel.For(0, features, new ParallelOptions { MaxDegreeOfParallelism = threads }, f =>
        {
            var column = columns.AsSpan(f * rows, rows);
            for (var i = 0; i < rows; i++) column[i] = values[(i * features) + f];
        });
        return columns;
    }

    /// <summary>
    /// Draws features without replacement until <see cref="CartOptions.MaxFeatures"/> non-constant ones were scored,
    /// each at one random threshold, and returns the best, or Feature −1 when none is valid.
    /// </summary>
    private Split FindRandomSplit(int[] rows, int start, int end, ReadOnlySpan<double> nodeStats, ref SplitMix64 random)
    {
        var best = new Split(-1, 0, false, false, double.NegativeInfinity);
        var featureCount = _features.Length;
        var count = end - start;
        var values = _gathered.AsSpan(0, count);
        var bestScore = double.NegativeInfinity;
        var nodeRows = rows.AsSpan(start, count);
        var minLeaf = _options.MinSamplesLeaf;
        Span<double> left = stackalloc double[_stride];
        Span<double> missing = stackalloc double[_stride];
        var drawn = 0;
        var scored = 0;
        while (scored < _options.MaxFeatures && drawn < featureCount)
        {
            var pick = drawn + random.NextInt(featureCount - drawn);
            (_features[drawn], _features[pick]) = (_features[pick], _features[drawn]);
            var feature = _features[drawn++];
            var column = _columns.AsSpan(feature * _rowCount, _rowCount);

            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            var missingCount = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var v = column[nodeRows[i]];
                values[i] = v;
                min = v < min ? v : min;
                max = v > max ? v : max;
                if (double.IsNaN(v)) missingCount++;
            }
            if (missingCount == count || (min == max && missingCount == 0)) continue;
            scored++;

            double threshold;
            if (min == max)
            {
                // One value besides the missing ones: only "missing alone on the right" separates anything.
                threshold = max;
            }
            else
            {
                threshold = min + (random.NextDouble() * (max - min));
                // Rounded up to max, or an infinite range: fall back to the lowest value, which still splits.
                if (!(threshold < max)) threshold = min;
            }

            var leftCount = SumLeft(start, values, threshold, missingCount > 0, left, missing);
            var rightCount = count - leftCount;
            if (leftCount >= minLeaf && rightCount >= minLeaf)
                Consider(feature, 0, false, missingCount > 0, Score(left, nodeStats, false, missing), ref best, threshold);
            if (missingCount > 0 && leftCount + missingCount >= minLeaf && rightCount - missingCount >= minLeaf)
                Consider(feature, 0, true, true, Score(left, nodeStats, true, missing), ref best, threshold);
            if (best.Score > bestScore)
            {
                // Keep the best feature's values for the partition, which then reads them in order.
                bestScore = best.Score;
                (_gathered, _bestGathered) = (_bestGathered, _gathered);
                values = _gathered.AsSpan(0, count);
            }
        }
        return best;
    }

    /// <summary>
    /// Statistics of the node's rows whose value is ≤ <paramref name="threshold"/> into <paramref name="left"/> and of
    /// the missing ones into <paramref name="missing"/> (histogram layout: K class weights, or w and w·y); returns the left count.
    /// </summary>
    private int SumLeft(int start, ReadOnlySpan<double> values, double threshold, bool hasMissing, Span<double> left, Span<double> missing)
    {
        left.Clear();
        missing.Clear();
        var count = values.Length;
        var ws = _nodeWeights.AsSpan(start, count);
        var ys = _nodeTargets.AsSpan(start, count);
        var leftCount = 0;
        if (_classCount == 2)
        {
            // Two classes in registers: no store-to-load chain through left[], no branch on the random threshold.
            double w0 = 0, w1 = 0;
            for (var i = 0; i < count; i++)
            {
                // Arithmetic instead of conditional moves on doubles, which the JIT may turn into unpredictable branches;
                // with 0/1 factors every product is exact.
                var bit = values[i] <= threshold ? 1 : 0;
                var w = ws[i] * bit;
                var wy = w * ys[i];
                leftCount += bit;
                w0 += w - wy;
                w1 += wy;
            }
            left[0] = w0;
            left[1] = w1;
            if (hasMissing)
                for (var i = 0; i < count; i++)
                    if (double.IsNaN(values[i])) missing[(int)ys[i]] += ws[i];
        }
        else if (_classes is not null)
        {
            for (var i = 0; i < count; i++)
            {
                var bit = values[i] <= threshold ? 1 : 0;
                leftCount += bit;
                left[(int)ys[i]] += ws[i] * bit;
            }
            if (hasMissing)
                for (var i = 0; i < count; i++)
                    if (double.IsNaN(values[i])) missing[(int)ys[i]] += ws[i];
        }
        else
        {
            double w0 = 0, w1 = 0;
            for (var i = 0; i < count; i++)
            {
                var bit = values[i] <= threshold ? 1 : 0;
                var w = ws[i] * bit;
                leftCount += bit;
                w0 += w;
                w1 += w * ys[i];
            }
            left[0] = w0;
            left[1] = w1;
            if (hasMissing)
                for (var i = 0; i < count; i++)
                    if (double.IsNaN(values[i]))
                    {
                        missing[0] += ws[i];
                        missing[1] += ws[i] * ys[i];
                    }
        }
        return leftCount;
    }

    // The node rows' weights and targets (class index or value), kept beside rows[] so the split scan reads them in order.
    private double[] _nodeWeights = [];
    private double[] _nodeTargets = [];
    private double[] _rightWeights = [];
    private double[] _rightTargets = [];

    private void GatherTargets(int[] rows, int rowCount, double[] weights)
    {
        if (_nodeWeights.Length < rowCount)
        {
            _nodeWeights = new double[rowCount];
            _nodeTargets = new double[rowCount];
            _rightWeights = new double[rowCount];
            _rightTargets = new double[rowCount];
        }
        for (var i = 0; i < rowCount; i++)
        {
            var row = rows[i];
            _nodeWeights[i] = weights[row];
            _nodeTargets[i] = _classes is not null ? _classes[row] : _targets![row];
        }
    }

    /// <summary>As <see cref="Partition"/>, on the raw values of a random-threshold split (kept by <see cref="FindRandomSplit"/>), moving the rows' weights and targets along.</summary>
    private int PartitionRaw(int[] rows, int start, int end, Split split, Span<double> leftStats, Span<double> rightStats)
    {
        leftStats.Clear();
        rightStats.Clear();
        var values = _bestGathered.AsSpan(0, end - start);
        var threshold = split.Threshold;
        var missingLeft = split.MissingLeft;
        var ws = _nodeWeights;
        var ys = _nodeTargets;
        var write = start;
        var rightCount = 0;
        var rightRows = _rightRows;
        var rightWeights = _rightWeights;
        var rightTargets = _rightTargets;
        // Branch-free: each row is written to both sides and only the side it belongs to advances (write ≤ i, so
        // rows[i] is read before anything overwrites it); sums add 0 for the other side, which leaves them exact.
        double l0 = 0, l1 = 0, l2 = 0, r0 = 0, r1 = 0, r2 = 0;
        var binary = _classCount == 2;
        for (var i = start; i < end; i++)
        {
            var row = rows[i];
            var v = values[i - start];
            var w = ws[i];
            var y = ys[i];
            var goLeft = (v <= threshold) | (missingLeft & double.IsNaN(v));
            rows[write] = row;
            ws[write] = w;
            ys[write] = y;
            rightRows[rightCount] = row;
            rightWeights[rightCount] = w;
            rightTargets[rightCount] = y;
            var step = goLeft ? 1 : 0;
            write += step;
            rightCount += 1 - step;
            var wl = w * step;
            var wr = w - wl;
            if (binary)
            {
                var wly = wl * y;
                var wry = wr * y;
                l0 += wl - wly;
                l1 += wly;
                r0 += wr - wry;
                r1 += wry;
            }
            else if (_classes is not null)
            {
                leftStats[(int)y] += wl;
                rightStats[(int)y] += wr;
            }
            else
            {
                l0 += wl;
                l1 += wl * y;
                l2 += wl * y * y;
                r0 += wr;
                r1 += wr * y;
                r2 += wr * y * y;
            }
        }
        if (binary || _classes is null)
        {
            leftStats[0] = l0;
            leftStats[1] = l1;
            rightStats[0] = r0;
            rightStats[1] = r1;
            if (_classes is null)
            {
                leftStats[2] = l2;
                rightStats[2] = r2;
            }
        }
        _rightRows.AsSpan(0, rightCount).CopyTo(rows.AsSpan(write));
        _rightWeights.AsSpan(0, rightCount).CopyTo(ws.AsSpan(write));
        _rightTargets.AsSpan(0, rightCount).CopyTo(ys.AsSpan(write));
        return write;
    }
}
