namespace Kaggle.Core.Models.Trees;

internal sealed partial class HistogramTreeBuilder
{
    private const int OneHotCategories = 4;

    /// <summary>Scans every active feature's histogram (in parallel by feature) and keeps the best split, ties to the lower feature index.</summary>
    private void FindBestSplit(ref Leaf leaf)
    {
        leaf.Best = SplitCandidate.None;
        if (!CanSplit(leaf))
        {
            Release(ref leaf.Histogram);
            return;
        }
        var histogram = leaf.Histogram!;
        var (g, h, count) = (leaf.G, leaf.H, leaf.Count);
        var active = _active;
        var blocks = count < ParallelRows ? 1 : Math.Min(_threads, active.Length);
        TreeParallel.For(blocks, _threads, b =>
        {
            var (from, to) = Chunk(b, blocks, active.Length);
            for (var j = from; j < to; j++)
            {
                var f = active[j];
                _featureBest[f] = _mapper.IsCategorical(f) ? ScanCategorical(f, histogram, g, h, count) : ScanNumeric(f, histogram, g, h, count);
            }
        });
        var best = SplitCandidate.None;
        foreach (var f in active)
            if (_featureBest[f].IsValid && _featureBest[f].Gain > best.Gain) best = _featureBest[f];
        if (best.IsValid && best.Gain > _options.MinSplitGain) leaf.Best = best;
        else Release(ref leaf.Histogram);
    }

    /// <summary>
    /// Thresholds between value bins, left to right, with the missing bin's rows tried on each side (when there are
    /// any), plus "every value left, missing right". Gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private SplitCandidate ScanNumeric(int f, double[] histogram, double g, double h, int count)
    {
        const int W = HistogramKernels.EntryWidth;
        var lambda = _options.L2Regularization;
        var minCount = Math.Max(1, _options.MinChildSamples);
        var minWeight = _options.MinChildWeight;
        var valueBins = _mapper.ValueBinCount(f);
        var first = _offsets[f];
        var missing = (first + valueBins) * W;
        double mg = histogram[missing], mh = histogram[missing + 1];
        var mc = (int)histogram[missing + 2];
        var parent = g * g / (h + lambda);
        var best = SplitCandidate.None;
        double lg = 0, lh = 0;
        var lc = 0;
        for (var t = 0; t < valueBins; t++)
        {
            var e = (first + t) * W;
            var c = (int)histogram[e + 2];
            if (c == 0) continue;
            lg += histogram[e];
            lh += histogram[e + 1];
            lc += c;
            // Missing right (also "all values left, missing right" when t is the last occupied bin).
            Consider(ref best, f, t, false, lg, lh, lc, g - lg, h - lh, count - lc);
            if (mc > 0) Consider(ref best, f, t, true, lg + mg, lh + mh, lc + mc, g - lg - mg, h - lh - mh, count - lc - mc);
        }
        // Without missing rows here, NaN at prediction follows the larger child.
        if (best.IsValid && mc == 0) best.MissingLeft = best.LeftCount >= best.RightCount;
        return best;

        void Consider(ref SplitCandidate best, int feature, int bin, bool missingLeft, double lG, double lH, int lC, double rG, double rH, int rC)
        {
            if (lC < minCount || rC < minCount || lH < minWeight || rH < minWeight) return;
            var gain = (lG * lG / (lH + lambda)) + (rG * rG / (rH + lambda)) - parent;
            if (gain > best.Gain)
                best = new SplitCandidate
                {
                    Feature = feature, Bin = bin, MissingLeft = missingLeft, Gain = gain,
                    LeftG = lG, LeftH = lH, LeftCount = lC, RightG = rG, RightH = rH, RightCount = rC,
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
            if (histogram[((first + b) * W) + 2] > 0) used[usedCount++] = b;
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
                Consider(ref best, set, histogram[e], histogram[e + 1], (int)histogram[e + 2], lambda, parent);
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
                lc += (int)histogram[e + 2];
                set.Add(bin);
                Consider(ref best, set, lg, lh, lc, catLambda, catParent);
            }
        }
        return best;

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
