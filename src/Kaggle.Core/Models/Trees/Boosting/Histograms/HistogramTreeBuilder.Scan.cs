using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    private const int OneHotCategories = 4;

    // Leaves with fewer rows than this list their occupied bins from the rows (cheaper than testing 256 bins per feature).
    private const int SmallLeaf = 256;

    /// <summary>
    /// Finds the best split of <paramref name="small"/> and (when <paramref name="hasLarge"/>) of
    /// <paramref name="large"/>, in one region over feature blocks that first turns the large leaf's (parent's)
    /// histogram into its own by subtracting the small one's; ties go to the lower feature. A leaf that cannot split,
    /// or finds no split gaining more than MinSplitGain, gives its histogram back.
    /// </summary>
    private void Scan(ref Leaf small, ref Leaf large, bool hasLarge)
    {
        small.Best = SplitCandidate.None;
        large.Best = SplitCandidate.None;
        var scanSmall = CanSplit(small);
        var scanLarge = hasLarge && CanSplit(large);
        if (!scanLarge) Release(ref large.Histogram);
        if (scanSmall || scanLarge)
        {
            var a = new ScanJob(small, scanSmall, scanSmall && small.Count < SmallLeaf ? Occupancy(small, _smallOccupancy) : null, _smallBest);
            var b = new ScanJob(large, scanLarge, scanLarge && large.Count < SmallLeaf ? Occupancy(large, _largeOccupancy) : null, _largeBest);
            var (smallHistogram, largeHistogram) = (small.Histogram!, large.Histogram);
            var active = _active;
            var blocks = Blocks((scanSmall ? small.Count : 0) + (scanLarge ? large.Count : 0));
            _team.Run(blocks, block =>
            {
                var (from, to) = Chunk(block, blocks, active.Length);
                for (var j = from; j < to; j++)
                {
                    if (hasLarge && largeHistogram is not null)
                        HistogramKernels.Subtract(largeHistogram, smallHistogram, active[j], active[j] + 1);
                    ScanFeature(a, active[j]);
                    ScanFeature(b, active[j]);
                }
            });
        }
        if (scanSmall) Pick(ref small, _smallBest);
        else Release(ref small.Histogram);
        if (scanLarge) Pick(ref large, _largeBest);
    }

    private sealed record ScanJob(Leaf Leaf, bool Enabled, ulong[]? Occupancy, SplitCandidate[] Best);

    private void ScanFeature(ScanJob job, int f)
    {
        if (!job.Enabled) return;
        var leaf = job.Leaf;
        job.Best[f] = _mapper.IsCategorical(f)
            ? ScanCategorical(f, leaf.Histogram!, leaf.G, leaf.H, leaf.Count)
            : ScanNumeric(f, leaf.Histogram!, leaf.G, leaf.H, leaf.Count, job.Occupancy is null ? default : job.Occupancy.AsSpan(f * 4, 4));
    }

    private void Pick(ref Leaf leaf, SplitCandidate[] perFeature)
    {
        var best = SplitCandidate.None;
        foreach (var f in _active)
            if (perFeature[f].IsValid && perFeature[f].Gain > best.Gain) best = perFeature[f];
        if (best.IsValid && best.Gain > _options.MinSplitGain) leaf.Best = best;
        else Release(ref leaf.Histogram);
    }

    /// <summary>The bins each feature's rows of a small leaf occupy, as 4 words of bits per feature.</summary>
    private ulong[] Occupancy(in Leaf leaf, ulong[] occupancy)
    {
        var featureCount = _data.FeatureCount;
        Array.Clear(occupancy);
        var bins = _data.Bins;
        foreach (var row in _rows.AsSpan(leaf.Start, leaf.Count))
        {
            var offset = (long)row * featureCount;
            for (var f = 0; f < featureCount; f++)
            {
                int bin = bins[offset + f];
                occupancy[(f * 4) + (bin >> 6)] |= 1UL << bin;
            }
        }
        return occupancy;
    }

    /// <summary>
    /// Thresholds between occupied value bins, left to right, with the missing bin's rows on the right and then (when
    /// there are any) on the left; "every value left, missing right" is the last threshold of the first pass.
    /// Gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ), computed for all thresholds at once by a vector kernel; the
    /// first strictly largest wins, so ties go to the lower threshold and to missing-right.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private SplitCandidate ScanNumeric(int f, double[] histogram, double g, double h, int count, ReadOnlySpan<ulong> occupancy)
    {
        const int W = HistogramKernels.EntryWidth;
        var lambda = _options.L2Regularization;
        var minCount = Math.Max(1, _options.MinChildSamples);
        var minWeight = _options.MinChildWeight;
        var valueBins = _mapper.ValueBinCount(f);
        var first = _offsets[f];
        var missing = (first + valueBins) * W;
        // Row counts per bin are estimated from the hessian share, as LightGBM does (exact when hessians are equal).
        var perHessian = h > 0 ? count / h : 0;
        double mg = histogram[missing], mh = histogram[missing + 1];
        var mc = mh > 0 ? Math.Max(1, (int)((mh * perHessian) + 0.5)) : 0;
        var parent = g * g / (h + lambda);

        // Left sums after each candidate threshold, in bin order: after every value bin of a big leaf (branch-free;
        // an empty bin repeats its predecessor's partition, which the first-best rule then ignores), or after each
        // occupied bin of a small leaf (set bits ascending). Row counts are cumulative hessian shares.
        Span<byte> bins = stackalloc byte[BinMapper.MaxValueBins + 1];
        Span<double> lefts = stackalloc double[3 * (BinMapper.MaxValueBins + 1)];
        var n = 0;
        double lg = 0, lh = 0;
        if (occupancy.IsEmpty)
        {
            for (var t = 0; t < valueBins; t++)
            {
                var e = (first + t) * W;
                lg += histogram[e];
                lh += histogram[e + 1];
                lefts[t] = lg;
                lefts[256 + t] = lh;
                lefts[512 + t] = Math.Round(lh * perHessian);
                bins[t] = (byte)t;
            }
            n = valueBins;
        }
        else
        {
            for (var word = 0; word < 4; word++)
                for (var bits = occupancy[word]; bits != 0; bits &= bits - 1)
                {
                    var t = (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    if (t >= valueBins) break;
                    var e = (first + t) * W;
                    lg += histogram[e];
                    lh += histogram[e + 1];
                    bins[n] = (byte)t;
                    lefts[n] = lg;
                    lefts[256 + n] = lh;
                    lefts[512 + n] = Math.Round(lh * perHessian);
                    n++;
                }
        }
        var leftG = lefts[..n];
        var leftH = lefts.Slice(256, n);
        var leftC = lefts.Slice(512, n);

        // Row counts only grow along the bins, so the thresholds that keep MinChildSamples on both sides are a range.
        var from = 0;
        while (from < n && leftC[from] < minCount) from++;
        var to = n;
        while (to > from && count - leftC[to - 1] < minCount) to--;
        Span<double> gains = stackalloc double[BinMapper.MaxValueBins + 1];
        var best = SplitCandidate.None;
        if (from < to)
        {
            // Missing rows (if any) on the right.
            HistogramKernels.Gains(leftG[from..to], leftH[from..to], g, h, lambda, minWeight, parent, gains);
            Keep(ref best, gains[..(to - from)], from, false, leftG, leftH, leftC, 0, 0, 0);
        }
        if (mc > 0)
        {
            // Missing rows on the left: shift the left sums by the missing bin's and recheck the counts.
            var to2 = n;
            while (to2 > from && count - leftC[to2 - 1] - mc < minCount) to2--;
            var from2 = 0;
            while (from2 < to2 && leftC[from2] + mc < minCount) from2++;
            if (from2 < to2)
            {
                Span<double> shifted = stackalloc double[2 * (BinMapper.MaxValueBins + 1)];
                for (var i = from2; i < to2; i++)
                {
                    shifted[i] = leftG[i] + mg;
                    shifted[256 + i] = leftH[i] + mh;
                }
                HistogramKernels.Gains(shifted[from2..to2], shifted[(256 + from2)..(256 + to2)], g, h, lambda, minWeight, parent, gains);
                Keep(ref best, gains[..(to2 - from2)], from2, true, leftG, leftH, leftC, mg, mh, mc);
            }
        }
        if (!best.IsValid) return best;
        best.Feature = f;
        best.Bin = bins[best.Bin];
        // Without missing rows here, NaN at prediction follows the larger child.
        if (mc == 0) best.MissingLeft = best.LeftCount >= count - best.LeftCount;
        best.RightG = g - best.LeftG;
        best.RightH = h - best.LeftH;
        best.RightCount = count - best.LeftCount;
        return best;

        // The first strictly better gain wins; Bin holds the occupied-bin index until the end.
        static void Keep(
            ref SplitCandidate best, ReadOnlySpan<double> gains, int offset, bool missingLeft,
            ReadOnlySpan<double> leftG, ReadOnlySpan<double> leftH, ReadOnlySpan<double> leftC, double addG, double addH, int addC)
        {
            var top = -1;
            var topGain = best.Gain;
            for (var i = 0; i < gains.Length; i++)
                if (gains[i] > topGain) (top, topGain) = (i, gains[i]);
            if (top < 0) return;
            var k = offset + top;
            best = new SplitCandidate
            {
                Bin = k, MissingLeft = missingLeft, Gain = topGain,
                LeftG = leftG[k] + addG, LeftH = leftH[k] + addH, LeftCount = (int)leftC[k] + addC,
            };
        }
    }

    /// <summary>
    /// LightGBM's categorical split: with few categories, one category against the rest; otherwise categories sorted
    /// by G/(H + smoothing), and prefixes of that order (from either end, at most
    /// <see cref="BoostingOptions.MaxCategoriesInSplit"/> categories) go left, with λ raised by
    /// <see cref="BoostingOptions.CategoricalL2"/>. Missing values and unseen categories always go right.
    /// </summary>
    private SplitCandidate ScanCategorical(int f, double[] histogram, double g, double h, int count)
    {
        const int W = HistogramKernels.EntryWidth;
        var minCount = Math.Max(1, _options.MinChildSamples);
        var minWeight = _options.MinChildWeight;
        var first = _offsets[f];
        Span<int> used = stackalloc int[BinMapper.MaxValueBins];
        var usedCount = 0;
        for (var b = 0; b < _mapper.ValueBinCount(f); b++)
            if (histogram[((first + b) * W) + 1] > 0) used[usedCount++] = b;
        var perHessian = h > 0 ? count / h : 0;
        var best = SplitCandidate.None;
        if (usedCount < 2) return best;

        if (usedCount <= OneHotCategories)
        {
            var lambda = _options.L2Regularization;
            var parent = g * g / (h + lambda);
            for (var i = 0; i < usedCount; i++)
            {
                var e = (first + used[i]) * W;
                var set = default(BinSet);
                set.Add(used[i]);
                Consider(ref best, set, histogram[e], histogram[e + 1], Count(histogram[e + 1]), lambda, parent);
            }
            return best;
        }

        var smoothing = _options.CategoricalSmoothing;
        var keys = new double[usedCount];
        var order = used[..usedCount].ToArray();
        for (var i = 0; i < usedCount; i++)
        {
            var e = (first + order[i]) * W;
            keys[i] = histogram[e] / (histogram[e + 1] + smoothing);
        }
        Array.Sort(keys, order);
        var catLambda = _options.L2Regularization + _options.CategoricalL2;
        var catParent = g * g / (h + catLambda);
        var limit = Math.Min(_options.MaxCategoriesInSplit, usedCount - 1);
        for (var direction = 0; direction < 2; direction++)
        {
            var set = default(BinSet);
            double lg = 0, lh = 0;
            var lc = 0;
            for (var i = 0; i < limit; i++)
            {
                var bin = order[direction == 0 ? i : usedCount - 1 - i];
                var e = (first + bin) * W;
                lg += histogram[e];
                lh += histogram[e + 1];
                lc += Count(histogram[e + 1]);
                set.Add(bin);
                Consider(ref best, set, lg, lh, lc, catLambda, catParent);
            }
        }
        return best;

        int Count(double binHessian) => Math.Max(1, (int)((binHessian * perHessian) + 0.5));

        void Consider(ref SplitCandidate best, BinSet set, double lG, double lH, int lC, double lambda, double parent)
        {
            double rG = g - lG, rH = h - lH;
            var rC = count - lC;
            if (lC < minCount || rC < minCount || lH < minWeight || rH < minWeight) return;
            var gain = (lG * lG / (lH + lambda)) + (rG * rG / (rH + lambda)) - parent;
            if (gain > best.Gain)
                best = new SplitCandidate
                {
                    Feature = f, Categorical = true, LeftBins = set, Gain = gain,
                    LeftG = lG, LeftH = lH, LeftCount = lC, RightG = rG, RightH = rH, RightCount = rC,
                };
        }
    }
}
