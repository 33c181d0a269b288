namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Grows one CART tree (Breiman et al., 1984) depth first on binned data: at each node it draws up to
/// <see cref="CartOptions.MaxFeatures"/> non-constant features at random, builds their per-bin histograms in one pass
/// over the node's rows, and takes the threshold (and the side for missing values) with the best impurity decrease,
/// as scikit-learn's best splitter does. A builder owns its scratch buffers and is used by one thread at a time;
/// a forest keeps one per worker.
/// </summary>
internal sealed partial class CartBuilder
{
    private const int BinSlots = 256;
    private const int MaxBatch = 32;

    // Binned rows (best-threshold trees) or raw feature-major columns (random-threshold trees); one of the two is set.
    private readonly BinnedMatrix? _data;
    private readonly BinMapper? _mapper;
    private readonly double[]? _columns;
    private readonly int _rowCount;
    private readonly CartOptions _options;
    private readonly int _classCount;
    private readonly int[]? _classes;
    private readonly double[]? _targets;
    // Per-bin histogram width: K class weights for classification, (w, w·y) for regression.
    private readonly int _stride;
    // Per-node statistics width: K class weights, or (w, w·y, w·y²).
    private readonly int _statWidth;
    private readonly double[] _histogram;
    private readonly int[] _counts;
    private readonly int[] _features;
    private readonly int[] _batch;
    private readonly int[] _minBin;
    private readonly int[] _maxBin;
    private readonly double[] _leftStats;
    private readonly double[] _scratchStats;
    private int[] _rightRows = [];
    private Entry[] _stack = new Entry[64];
    private double[] _stackStats;

    /// <summary>A classification builder: <paramref name="classes"/> holds each row's class in [0, <paramref name="classCount"/>).</summary>
    public CartBuilder(BinnedMatrix data, BinMapper mapper, CartOptions options, int[] classes, int classCount)
        : this(data, mapper, null, data.RowCount, data.FeatureCount, options, classCount, classes, null) { }

    /// <summary>A regression builder over targets <paramref name="targets"/>.</summary>
    public CartBuilder(BinnedMatrix data, BinMapper mapper, CartOptions options, double[] targets)
        : this(data, mapper, null, data.RowCount, data.FeatureCount, options, 0, null, targets) { }

    /// <summary>
    /// A random-threshold (extra trees) classification builder over raw values: <paramref name="columns"/> holds
    /// feature f of row i at f × rows + i (see <see cref="FeatureMajor"/>).
    /// </summary>
    public CartBuilder(double[] columns, int featureCount, CartOptions options, int[] classes, int classCount)
        : this(null, null, columns, classes.Length, featureCount, options, classCount, classes, null) { }

    /// <summary>A random-threshold (extra trees) regression builder over raw feature-major values.</summary>
    public CartBuilder(double[] columns, int featureCount, CartOptions options, double[] targets)
        : this(null, null, columns, targets.Length, featureCount, options, 0, null, targets) { }

    private CartBuilder(BinnedMatrix? data, BinMapper? mapper, double[]? columns, int rowCount, int featureCount, CartOptions options,
        int classCount, int[]? classes, double[]? targets)
    {
        // Random thresholds are drawn over raw values; binned data serves the best-threshold scan.
        if ((columns is not null) != options.RandomThresholds)
            throw new ArgumentException("Random-threshold trees grow on raw columns, best-threshold trees on binned data.", nameof(options));
        _data = data;
        _mapper = mapper;
        _columns = columns;
        _rowCount = rowCount;
        _options = options;
        _classCount = classCount;
        _classes = classes;
        _targets = targets;
        _stride = classCount > 0 ? classCount : 2;
        _statWidth = classCount > 0 ? classCount : 3;
        var batch = Math.Min(MaxBatch, Math.Max(1, Math.Min(options.MaxFeatures, featureCount)));
        _histogram = columns is null ? new double[batch * BinSlots * _stride] : [];
        _counts = columns is null ? new int[batch * BinSlots] : [];
        _batch = new int[batch];
        _minBin = new int[batch];
        _maxBin = new int[batch];
        _features = new int[featureCount];
        _leftStats = new double[_statWidth];
        _scratchStats = new double[_statWidth];
        _stackStats = new double[_stack.Length * 2 * _statWidth];
    }

    private record struct Entry(int Start, int End, int Depth, int Node);

    /// <summary>
    /// Grows a tree on <paramref name="rows"/>[0, <paramref name="rowCount"/>) (rows with positive weight; reordered
    /// in place) weighted by <paramref name="weights"/> (indexed by row). Adds each split feature's weighted impurity
    /// decrease to <paramref name="importance"/>.
    /// </summary>
    public Tree Build(int[] rows, int rowCount, double[] weights, long seed, double[] importance)
    {
        var random = new SplitMix64(seed);
        for (var f = 0; f < _features.Length; f++) _features[f] = f;
        if (_rightRows.Length < rowCount) _rightRows = new int[rowCount];
        if (_columns is not null)
        {
            if (_gathered.Length < rowCount)
            {
                _gathered = new double[rowCount];
                _bestGathered = new double[rowCount];
            }
            GatherTargets(rows, rowCount, weights);
        }
        var tree = new Tree(_classCount > 0 ? _classCount : 1, capacity: 64);

        var rootStats = StatsSlot(0);
        rootStats.Clear();
        for (var i = 0; i < rowCount; i++) AddRow(rootStats, rows[i], weights);
        var root = tree.AddLeaf(LeafValue(rootStats, _scratchStats));
        var top = 0;
        _stack[top++] = new Entry(0, rowCount, 0, root);

        while (top > 0)
        {
            var entry = _stack[--top];
            var stats = StatsSlot(top);
            var count = entry.End - entry.Start;
            var impurity = Impurity(stats);
            if (entry.Depth >= _options.MaxDepth || count < _options.MinSamplesSplit || count < 2 * _options.MinSamplesLeaf || impurity <= PureTolerance(stats))
                continue;
            var split = _columns is null
                ? FindSplit(rows, entry.Start, entry.End, weights, stats, ref random)
                : FindRandomSplit(rows, entry.Start, entry.End, stats, ref random);
            if (split.Feature < 0) continue;

            EnsureStack(top + 2);
            var leftStats = StatsSlot(top + 1);
            var rightStats = StatsSlot(top);
            // The node's own stats live in slot 'top', which the right child's overwrite: keep what is needed first.
            var weighted = Weight(stats) * impurity;
            var mid = _columns is null
                ? Partition(rows, entry.Start, entry.End, weights, split, leftStats, rightStats)
                : PartitionRaw(rows, entry.Start, entry.End, split, leftStats, rightStats);
            var left = tree.AddLeaf(LeafValue(leftStats, _scratchStats));
            var right = tree.AddLeaf(LeafValue(rightStats, _scratchStats));
            var defaultLeft = split.HasMissing ? split.MissingLeft : mid - entry.Start >= entry.End - mid;
            tree.SetSplit(entry.Node, split.Feature, _mapper?.UpperBound(split.Feature, split.Bin) ?? split.Threshold, defaultLeft, left, right);
            importance[split.Feature] += weighted - (Weight(leftStats) * Impurity(leftStats)) - (Weight(rightStats) * Impurity(rightStats));

            // Right below left on the stack, so the left subtree is grown (and numbered) first, as scikit-learn does.
            _stack[top++] = new Entry(mid, entry.End, entry.Depth + 1, right);
            _stack[top++] = new Entry(entry.Start, mid, entry.Depth + 1, left);
        }
        tree.Trim();
        return tree;
    }

    private Span<double> StatsSlot(int index) => _stackStats.AsSpan(index * _statWidth, _statWidth);

    private void EnsureStack(int size)
    {
        if (size <= _stack.Length) return;
        Array.Resize(ref _stack, _stack.Length * 2);
        Array.Resize(ref _stackStats, _stack.Length * _statWidth);
    }

    private void AddRow(Span<double> stats, int row, double[] weights)
    {
        var w = weights[row];
        if (_classes is not null)
        {
            stats[_classes[row]] += w;
        }
        else
        {
            var y = _targets![row];
            stats[0] += w;
            stats[1] += w * y;
            stats[2] += w * y * y;
        }
    }

    private double Weight(ReadOnlySpan<double> stats)
    {
        if (_classes is null) return stats[0];
        var w = 0.0;
        foreach (var v in stats) w += v;
        return w;
    }

    /// <summary>Gini, entropy (nats) or variance of a node from its statistics.</summary>
    private double Impurity(ReadOnlySpan<double> stats)
    {
        var w = Weight(stats);
        if (w <= 0) return 0;
        if (_classes is null)
        {
            var mean = stats[1] / w;
            return Math.Max(0, (stats[2] / w) - (mean * mean));
        }
        var impurity = _options.Criterion == CartCriterion.Entropy ? 0.0 : 1.0;
        foreach (var v in stats)
        {
            var p = v / w;
            if (_options.Criterion == CartCriterion.Entropy) { if (p > 0) impurity -= p * Math.Log(p); }
            else impurity -= p * p;
        }
        return impurity;
    }

    // Variance is computed as E[y²] − E[y]², so a constant node shows rounding noise proportional to E[y²].
    private double PureTolerance(ReadOnlySpan<double> stats) =>
        _classes is null && stats[0] > 0 ? 1e-13 * Math.Max(1e-300, stats[2] / stats[0]) : 1e-15;

    /// <summary>Class probabilities, or the mean target, of a node.</summary>
    private ReadOnlySpan<double> LeafValue(ReadOnlySpan<double> stats, Span<double> destination)
    {
        var w = Weight(stats);
        if (_classes is null)
        {
            destination[0] = w > 0 ? stats[1] / w : 0;
            return destination[..1];
        }
        for (var k = 0; k < _classCount; k++) destination[k] = w > 0 ? stats[k] / w : 1.0 / _classCount;
        return destination[.._classCount];
    }
}
