namespace Kaggle.Core.Models.Trees;

internal sealed partial class CartBuilder
{
    // HasMissing: the node had missing values, so MissingLeft was learned; otherwise missing values follow the larger child.
    // Threshold: the raw threshold of a random-threshold split (Bin is then unused).
    private record struct Split(int Feature, int Bin, bool MissingLeft, bool HasMissing, double Score, double Threshold = 0);

    /// <summary>
    /// Draws features without replacement until <see cref="CartOptions.MaxFeatures"/> non-constant ones were scored
    /// (constant features do not count, as in scikit-learn) and returns the best split, or Feature −1 when none is valid.
    /// </summary>
    private Split FindSplit(int[] rows, int start, int end, double[] weights, ReadOnlySpan<double> nodeStats, ref SplitMix64 random)
    {
        var best = new Split(-1, 0, false, false, double.NegativeInfinity);
        var featureCount = _features.Length;
        var drawn = 0;
        var scored = 0;
        while (scored < _options.MaxFeatures && drawn < featureCount)
        {
            var batch = Math.Min(Math.Min(_options.MaxFeatures - scored, featureCount - drawn), _batch.Length);
            for (var b = 0; b < batch; b++, drawn++)
            {
                var pick = drawn + random.NextInt(featureCount - drawn);
                (_features[drawn], _features[pick]) = (_features[pick], _features[drawn]);
                _batch[b] = _features[drawn];
            }
            BuildHistograms(rows, start, end, weights, batch);
            for (var b = 0; b < batch; b++)
            {
                if (_minBin[b] != _maxBin[b])
                {
                    scored++;
                    ScoreFeature(b, end - start, nodeStats, ref best);
                }
                ClearHistogram(b);
            }
        }
        return best;
    }

    private void BuildHistograms(int[] rows, int start, int end, double[] weights, int batch)
    {
        for (var b = 0; b < batch; b++)
        {
            _minBin[b] = BinSlots;
            _maxBin[b] = -1;
        }
        var bins = _data!.Bins;
        var featureCount = _data.FeatureCount;
        var histogram = _histogram;
        var counts = _counts;
        var stride = _stride;
        for (var i = start; i < end; i++)
        {
            var row = rows[i];
            var w = weights[row];
            var offset = row * featureCount;
            var target = _classes is null ? 0 : _classes[row];
            var wy = _classes is null ? w * _targets![row] : 0;
            for (var b = 0; b < batch; b++)
            {
                int bin = bins[offset + _batch[b]];
                var slot = (b * BinSlots) + bin;
                counts[slot]++;
                if (_classes is null)
                {
                    histogram[slot * 2] += w;
                    histogram[(slot * 2) + 1] += wy;
                }
                else
                {
                    histogram[(slot * stride) + target] += w;
                }
                _minBin[b] = Math.Min(_minBin[b], bin);
                _maxBin[b] = Math.Max(_maxBin[b], bin);
            }
        }
    }

    private void ClearHistogram(int b)
    {
        if (_maxBin[b] < 0) return;
        var from = (b * BinSlots) + _minBin[b];
        var length = _maxBin[b] - _minBin[b] + 1;
        _counts.AsSpan(from, length).Clear();
        _histogram.AsSpan(from * _stride, length * _stride).Clear();
    }

    /// <summary>
    /// Scans the thresholds of batch feature <paramref name="b"/>: left = value bins ≤ t, with the missing bin sent
    /// left or right (both tried when the node has missing values), plus "all values left, missing right".
    /// </summary>
    private void ScoreFeature(int b, int nodeCount, ReadOnlySpan<double> nodeStats, ref Split best)
    {
        var feature = _batch[b];
        var missingBin = _mapper!.MissingBin(feature);
        var baseSlot = b * BinSlots;
        var missingCount = _maxBin[b] == missingBin ? _counts[baseSlot + missingBin] : 0;
        var lastValueBin = Math.Min(_maxBin[b], missingBin - 1);
        Span<double> left = stackalloc double[_stride];
        Span<double> node = stackalloc double[_stride];
        Span<double> missing = stackalloc double[_stride];
        left.Clear();
        if (_classes is null)
        {
            node[0] = nodeStats[0];
            node[1] = nodeStats[1];
        }
        else
        {
            nodeStats.CopyTo(node);
        }
        if (missingCount > 0) _histogram.AsSpan((baseSlot + missingBin) * _stride, _stride).CopyTo(missing);

        var leftCount = 0;
        var minLeaf = _options.MinSamplesLeaf;
        for (var t = _minBin[b]; t <= lastValueBin; t++)
        {
            var binCount = _counts[baseSlot + t];
            if (binCount == 0) continue;
            leftCount += binCount;
            var slot = (baseSlot + t) * _stride;
            for (var k = 0; k < _stride; k++) left[k] += _histogram[slot + k];
            if (t == lastValueBin)
            {
                // Every value goes left: only "missing alone on the right" separates anything.
                if (missingCount > 0 && leftCount >= minLeaf && missingCount >= minLeaf)
                    Consider(feature, t, false, missingCount > 0, Score(left, node, false, missing), ref best);
                break;
            }
            var rightCount = nodeCount - leftCount;
            if (leftCount >= minLeaf && rightCount >= minLeaf)
                Consider(feature, t, false, missingCount > 0, Score(left, node, false, missing), ref best);
            if (missingCount > 0 && leftCount + missingCount >= minLeaf && rightCount - missingCount >= minLeaf)
                Consider(feature, t, true, true, Score(left, node, true, missing), ref best);
        }
    }

    private static void Consider(int feature, int bin, bool missingLeft, bool hasMissing, double score, ref Split best, double threshold = 0)
    {
        if (score > best.Score) best = new Split(feature, bin, missingLeft, hasMissing, score, threshold);
    }

    /// <summary>
    /// scikit-learn's proxy of the impurity decrease, −(W_L·I_L + W_R·I_R) up to a constant of the node:
    /// Σ w_k²/W per side for Gini, Σ w_k ln w_k − W ln W per side for entropy, S²/W per side for squared error.
    /// −∞ when a side has no weight.
    /// </summary>
    private double Score(ReadOnlySpan<double> left, ReadOnlySpan<double> node, bool missingLeft, ReadOnlySpan<double> missing)
    {
        // The two common cases without scratch: squared error (w, w·y) and two-class Gini.
        if (_stride == 2 && (_classes is null || _options.Criterion == CartCriterion.Gini))
        {
            var l0 = missingLeft ? left[0] + missing[0] : left[0];
            var l1 = missingLeft ? left[1] + missing[1] : left[1];
            var r0 = node[0] - l0;
            var r1 = node[1] - l1;
            if (_classes is null)
                return l0 <= 0 || r0 <= 0 ? double.NegativeInfinity : (l1 * l1 / l0) + (r1 * r1 / r0);
            var wl = l0 + l1;
            var wr = r0 + r1;
            return wl <= 0 || wr <= 0 ? double.NegativeInfinity : (((l0 * l0) + (l1 * l1)) / wl) + (((r0 * r0) + (r1 * r1)) / wr);
        }
        return ScoreGeneral(left, node, missingLeft, missing);
    }

    private double ScoreGeneral(ReadOnlySpan<double> left, ReadOnlySpan<double> node, bool missingLeft, ReadOnlySpan<double> missing)
    {
        Span<double> l = stackalloc double[_stride];
        Span<double> r = stackalloc double[_stride];
        for (var k = 0; k < _stride; k++)
        {
            l[k] = missingLeft ? left[k] + missing[k] : left[k];
            r[k] = node[k] - l[k];
        }
        if (_classes is null)
        {
            if (l[0] <= 0 || r[0] <= 0) return double.NegativeInfinity;
            return (l[1] * l[1] / l[0]) + (r[1] * r[1] / r[0]);
        }
        double wl = 0, wr = 0;
        for (var k = 0; k < _stride; k++)
        {
            wl += l[k];
            wr += r[k];
        }
        if (wl <= 0 || wr <= 0) return double.NegativeInfinity;
        if (_options.Criterion == CartCriterion.Entropy)
        {
            var score = -(wl * Math.Log(wl)) - (wr * Math.Log(wr));
            for (var k = 0; k < _stride; k++)
            {
                if (l[k] > 0) score += l[k] * Math.Log(l[k]);
                if (r[k] > 0) score += r[k] * Math.Log(r[k]);
            }
            return score;
        }
        double sl = 0, sr = 0;
        for (var k = 0; k < _stride; k++)
        {
            sl += l[k] * l[k];
            sr += r[k] * r[k];
        }
        return (sl / wl) + (sr / wr);
    }

    /// <summary>
    /// Stable partition of rows[start, end) by the split (left rows first, each side in its former order, which keeps
    /// later passes walking memory forward); fills the exact statistics of both children. Returns the first right index.
    /// </summary>
    private int Partition(int[] rows, int start, int end, double[] weights, Split split, Span<double> leftStats, Span<double> rightStats)
    {
        leftStats.Clear();
        rightStats.Clear();
        var bins = _data!.Bins;
        var featureCount = _data.FeatureCount;
        var missingBin = _mapper!.MissingBin(split.Feature);
        var write = start;
        var rightCount = 0;
        for (var i = start; i < end; i++)
        {
            var row = rows[i];
            int bin = bins[(row * featureCount) + split.Feature];
            var goLeft = bin == missingBin ? split.MissingLeft : bin <= split.Bin;
            if (goLeft)
            {
                rows[write++] = row;
                AddRow(leftStats, row, weights);
            }
            else
            {
                _rightRows[rightCount++] = row;
                AddRow(rightStats, row, weights);
            }
        }
        _rightRows.AsSpan(0, rightCount).CopyTo(rows.AsSpan(write));
        return write;
    }
}
