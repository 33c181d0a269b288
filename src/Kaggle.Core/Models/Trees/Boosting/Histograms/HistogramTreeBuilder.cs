namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Grows one regression tree on gradient pairs, leaf-wise (best-first, LightGBM's growth): the leaf whose best split
/// gains most is split next, until <see cref="BoostingOptions.MaxLeaves"/> leaves or no split gains more than
/// <see cref="BoostingOptions.MinSplitGain"/>. Split finding scans per-bin gradient histograms; only the smaller child
/// of a split gets a histogram pass over its rows, the larger one is its parent minus that (histogram subtraction).
/// Work is spread over threads by feature (histograms, split scans) and by fixed row chunks (partitions); every sum
/// runs in an order that does not depend on the thread count, so the tree is the same at any thread count.
/// A builder is reused across the rounds of one fit and is not thread-safe.
/// </summary>
internal sealed partial class HistogramTreeBuilder
{
    private readonly BinnedMatrix _data;
    private readonly BinMapper _mapper;
    private readonly BoostingOptions _options;
    private readonly WorkerTeam _team;
    private readonly int _threads;
    private readonly int[] _offsets;
    private readonly int _entryCount;
    private readonly byte[] _columns;
    private readonly int[] _rows;
    private readonly int[] _leftScratch;
    private readonly int[] _rightScratch;
    private readonly List<double[]> _partials = [];
    private readonly SplitCandidate[] _smallBest;
    private readonly SplitCandidate[] _largeBest;
    private readonly ulong[] _smallOccupancy;
    private readonly ulong[] _largeOccupancy;
    private readonly Stack<double[]> _freeHistograms = new();
    private Leaf[] _leaves = new Leaf[64];
    private SplitCandidate[] _nodeSplits = new SplitCandidate[128];
    private int[] _active = [];
    private Tree _tree = new(1);

    public HistogramTreeBuilder(BinnedMatrix data, BinMapper mapper, BoostingOptions options, WorkerTeam team)
    {
        _data = data;
        _mapper = mapper;
        _options = options;
        _team = team;
        _threads = team.Size;
        // Every feature owns the same number of entries whatever its bin count, so kernels need no offset table.
        _offsets = new int[data.FeatureCount + 1];
        for (var f = 0; f <= data.FeatureCount; f++) _offsets[f] = f * HistogramKernels.SlotsPerFeature;
        _entryCount = _offsets[^1];
        _columns = data.ColumnMajor(_threads);
        _rows = new int[data.RowCount];
        _leftScratch = new int[data.RowCount];
        _rightScratch = new int[data.RowCount];
        _smallBest = new SplitCandidate[data.FeatureCount];
        _largeBest = new SplitCandidate[data.FeatureCount];
        _smallOccupancy = new ulong[data.FeatureCount * 4];
        _largeOccupancy = new ulong[data.FeatureCount * 4];
    }

    private struct Leaf
    {
        public int Start;
        public int Count;
        public int Node;
        public int Depth;
        public double G;
        public double H;
        public double[]? Histogram;
        public SplitCandidate Best;
    }

    /// <summary>Leaves of the last tree built.</summary>
    public int LeafCount { get; private set; }

    /// <summary>Gain added by each feature's splits in the last tree.</summary>
    public double[] Gains { get; private set; } = [];

    /// <summary>Splits on each feature in the last tree.</summary>
    public int[] SplitCounts { get; private set; } = [];

    /// <summary>The rows (of the bag) that fell into leaf <paramref name="leaf"/> of the last tree.</summary>
    public ReadOnlySpan<int> LeafRows(int leaf) => _rows.AsSpan(_leaves[leaf].Start, _leaves[leaf].Count);

    /// <summary>The tree node of leaf <paramref name="leaf"/> of the last tree.</summary>
    public int LeafNode(int leaf) => _leaves[leaf].Node;

    /// <summary>
    /// Grows a tree on <paramref name="gradients"/> (interleaved (g, h) per row) over the rows of
    /// <paramref name="bag"/> (empty: every row), splitting only on <paramref name="active"/> features. Leaf values are
    /// the Newton steps −G/(H + λ) times the learning rate. Read the leaves with <see cref="LeafRows"/> before the next call.
    /// </summary>
    public Tree Build(double[] gradients, ReadOnlySpan<int> bag, int[] active)
    {
        _active = active;
        var rowCount = bag.IsEmpty ? _data.RowCount : bag.Length;
        if (bag.IsEmpty)
            for (var i = 0; i < rowCount; i++) _rows[i] = i;
        else
            bag.CopyTo(_rows);
        Gains = new double[_data.FeatureCount];
        SplitCounts = new int[_data.FeatureCount];
        _tree = new Tree(1, 64);
        var root = new Leaf { Start = 0, Count = rowCount, Node = _tree.AddLeaf([0.0]), Histogram = RentHistogram(), Best = SplitCandidate.None };
        BuildRoot(ref root, gradients);
        _leaves[0] = root;
        LeafCount = 1;

        while (_options.MaxLeaves > LeafCount)
        {
            var best = -1;
            for (var l = 0; l < LeafCount; l++)
                if (_leaves[l].Best.IsValid && (best < 0 || _leaves[l].Best.Gain > _leaves[best].Best.Gain)) best = l;
            if (best < 0) break;
            Split(best, gradients);
        }

        for (var l = 0; l < LeafCount; l++)
        {
            ref var leaf = ref _leaves[l];
            _tree.MutableValue(leaf.Node)[0] = -_options.LearningRate * leaf.G / (leaf.H + _options.L2Regularization);
            Release(ref leaf.Histogram);
        }
        _tree.Trim();
        return _tree;
    }

    private void Split(int index, double[] gradients)
    {
        if (LeafCount == _leaves.Length) Array.Resize(ref _leaves, _leaves.Length * 2);
        var parent = _leaves[index];
        var split = parent.Best;
        var mid = Partition(parent.Start, parent.Count, split);
        var leftNode = _tree.AddLeaf([0.0]);
        var rightNode = _tree.AddLeaf([0.0]);
        SetTreeSplit(parent.Node, split, leftNode, rightNode);
        Gains[split.Feature] += split.Gain;
        SplitCounts[split.Feature]++;

        var left = new Leaf { Start = parent.Start, Count = mid - parent.Start, Node = leftNode, Depth = parent.Depth + 1, G = split.LeftG, H = split.LeftH, Best = SplitCandidate.None };
        var right = new Leaf { Start = mid, Count = parent.Start + parent.Count - mid, Node = rightNode, Depth = parent.Depth + 1, G = split.RightG, H = split.RightH, Best = SplitCandidate.None };
        var histogram = parent.Histogram!;
        if (CanSplit(left) || CanSplit(right))
        {
            // Pass over the smaller child only; the larger child's histogram is the parent's minus the smaller's.
            ref var small = ref left.Count <= right.Count ? ref left : ref right;
            ref var large = ref left.Count <= right.Count ? ref right : ref left;
            small.Histogram = RentHistogram();
            large.Histogram = histogram;
            Expand(ref small, ref large, gradients);
        }
        else
        {
            _freeHistograms.Push(histogram);
        }
        _leaves[index] = left;
        _leaves[LeafCount++] = right;
    }

    private bool CanSplit(in Leaf leaf) =>
        leaf.Depth < _options.MaxDepth
        && leaf.Count >= 2 * Math.Max(1, _options.MinChildSamples)
        && leaf.H >= 2 * _options.MinChildWeight;

    private void SetTreeSplit(int node, in SplitCandidate split, int left, int right)
    {
        if (node >= _nodeSplits.Length) Array.Resize(ref _nodeSplits, Math.Max(node + 1, _nodeSplits.Length * 2));
        _nodeSplits[node] = split;
        var f = split.Feature;
        if (!split.Categorical)
        {
            _tree.SetSplit(node, f, _mapper.UpperBound(f, split.Bin), split.MissingLeft, left, right);
            return;
        }
        var leftCategories = new List<int>();
        var rightCategories = new List<int>();
        for (var b = 0; b < _mapper.ValueBinCount(f); b++)
            (split.LeftBins.Contains(b) ? leftCategories : rightCategories).Add(_mapper.CategoryOf(f, b));
        // Missing values and categories never seen in training go right, with the rest.
        _tree.SetCategoricalSplit(node, f, [.. leftCategories], [.. rightCategories], defaultLeft: false, left, right);
    }
}
