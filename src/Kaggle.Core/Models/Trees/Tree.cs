using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// One fitted tree as flat arrays (node 0 is the root). An internal node sends a row left when its feature value is
/// ≤ <c>threshold</c> (numeric) or is in the node's left category set (categorical); NaN, and categories the node
/// never saw, follow the node's learned default direction. Every node keeps a value of <see cref="ValueWidth"/>
/// numbers (class probabilities, a mean, or a boosting leaf output). Built once by a tree builder, then never changed.
/// </summary>
internal sealed class Tree
{
    private const int DefaultLeftFlag = 1;
    private const int CategoricalFlag = 2;

    // One 24-byte record per node, so a step down the tree touches one cache line.
    private Node[] _nodes;
    private double[] _values;
    private readonly List<uint> _categoryWords = [];
    private uint[] _categoryBits = [];

    public Tree(int valueWidth, int capacity = 16)
    {
        ValueWidth = valueWidth;
        _nodes = new Node[capacity];
        _values = new double[capacity * valueWidth];
    }

    private struct Node
    {
        public double Threshold;
        public int Feature;
        public int Left;
        public int Right;
        // Bit 0: default left; bit 1: categorical; bits 2+: offset into the category table.
        public int Flags;
    }

    public int ValueWidth { get; }

    public int NodeCount { get; private set; }

    public bool IsLeaf(int node) => _nodes[node].Feature < 0;

    public int Feature(int node) => _nodes[node].Feature;

    public double Threshold(int node) => _nodes[node].Threshold;

    public int LeftChild(int node) => _nodes[node].Left;

    public int RightChild(int node) => _nodes[node].Right;

    public bool DefaultLeft(int node) => (_nodes[node].Flags & DefaultLeftFlag) != 0;

    public ReadOnlySpan<double> Value(int node) => _values.AsSpan(node * ValueWidth, ValueWidth);

    public Span<double> MutableValue(int node) => _values.AsSpan(node * ValueWidth, ValueWidth);

    /// <summary>The number of leaves.</summary>
    public int LeafCount()
    {
        var leaves = 0;
        for (var n = 0; n < NodeCount; n++)
            if (_nodes[n].Feature < 0) leaves++;
        return leaves;
    }

    /// <summary>The depth of the deepest leaf (0 for a single leaf); children always follow their parent in the arrays.</summary>
    public int Depth()
    {
        var depth = new int[NodeCount];
        var max = 0;
        for (var n = 0; n < NodeCount; n++)
        {
            if (_nodes[n].Feature < 0) continue;
            depth[_nodes[n].Left] = depth[_nodes[n].Right] = depth[n] + 1;
            max = Math.Max(max, depth[n] + 1);
        }
        return max;
    }

    /// <summary>Appends a leaf holding <paramref name="value"/> and returns its index.</summary>
    public int AddLeaf(ReadOnlySpan<double> value)
    {
        if (NodeCount == _nodes.Length) Grow();
        var node = NodeCount++;
        _nodes[node] = new Node { Feature = -1, Left = -1, Right = -1 };
        value.CopyTo(_values.AsSpan(node * ValueWidth, ValueWidth));
        return node;
    }

    /// <summary>Turns leaf <paramref name="node"/> into the numeric split "x[feature] ≤ threshold".</summary>
    public void SetSplit(int node, int feature, double threshold, bool defaultLeft, int left, int right) =>
        _nodes[node] = new Node { Threshold = threshold, Feature = feature, Left = left, Right = right, Flags = defaultLeft ? DefaultLeftFlag : 0 };

    /// <summary>Turns leaf <paramref name="node"/> into a categorical split: categories in <paramref name="leftCategories"/> go left, those in <paramref name="rightCategories"/> right, others by default.</summary>
    public void SetCategoricalSplit(int node, int feature, ReadOnlySpan<int> leftCategories, ReadOnlySpan<int> rightCategories, bool defaultLeft, int left, int right)
    {
        var max = 0;
        foreach (var c in leftCategories) max = Math.Max(max, c);
        foreach (var c in rightCategories) max = Math.Max(max, c);
        var words = (max >> 5) + 1;
        var offset = _categoryWords.Count;
        _categoryWords.Add((uint)words);
        for (var i = 0; i < 2 * words; i++) _categoryWords.Add(0);
        foreach (var c in leftCategories) _categoryWords[offset + 1 + (c >> 5)] |= 1u << (c & 31);
        foreach (var c in rightCategories) _categoryWords[offset + 1 + words + (c >> 5)] |= 1u << (c & 31);
        _nodes[node] = new Node
        {
            Threshold = double.NaN,
            Feature = feature,
            Left = left,
            Right = right,
            Flags = (defaultLeft ? DefaultLeftFlag : 0) | CategoricalFlag | (offset << 2),
        };
    }

    /// <summary>The leaf that <paramref name="row"/> (all features, raw values) falls into.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindLeaf(ReadOnlySpan<double> row)
    {
        var nodes = _nodes;
        var node = 0;
        while (true)
        {
            ref readonly var n = ref nodes[node];
            if (n.Feature < 0) return node;
            var v = row[n.Feature];
            bool goLeft;
            if (v <= n.Threshold) goLeft = true;
            else if (n.Flags == 0 || (!double.IsNaN(v) && (n.Flags & CategoricalFlag) == 0)) goLeft = false;
            else goLeft = SlowGoesLeft(n, v);
            node = goLeft ? n.Left : n.Right;
        }
    }

    /// <summary>
    /// The leaves that consecutive rows fall into: <paramref name="rows"/> holds them row-major,
    /// <paramref name="featureCount"/> values each, one leaf per row into <paramref name="leaves"/>. Walks
    /// <see cref="Lanes"/> rows down the tree together, so their memory loads overlap instead of waiting in turn.
    /// </summary>
    public void FindLeaves(ReadOnlySpan<double> rows, int featureCount, Span<int> leaves)
    {
        var nodes = _nodes;
        for (var first = 0; first < leaves.Length; first += Lanes)
        {
            var lane = leaves.Slice(first, Math.Min(Lanes, leaves.Length - first));
            var block = rows.Slice(first * featureCount, lane.Length * featureCount);
            lane.Clear();
            bool walking;
            do
            {
                walking = false;
                for (var j = 0; j < lane.Length; j++)
                {
                    ref readonly var n = ref nodes[lane[j]];
                    if (n.Feature < 0) continue;
                    walking = true;
                    var v = block[(j * featureCount) + n.Feature];
                    // Numeric: left when v ≤ threshold, or when v is missing and the node's default is left (flag bit 0).
                    // Integer arithmetic rather than a branch on a coin-flip condition.
                    var goLeft = (n.Flags & CategoricalFlag) == 0
                        ? (v <= n.Threshold ? 1 : 0) | ((double.IsNaN(v) ? 1 : 0) & n.Flags & DefaultLeftFlag)
                        : SlowGoesLeft(n, v) ? 1 : 0;
                    lane[j] = n.Right + ((n.Left - n.Right) & -goLeft);
                }
            }
            while (walking);
        }
    }

    /// <summary>Rows walked down a tree together by <see cref="FindLeaves"/>.</summary>
    public const int Lanes = 8;

    // NaN and categorical nodes, kept out of the hot loop (a categorical node's threshold is NaN, so "v ≤ threshold" is false).
    private bool SlowGoesLeft(in Node n, double v)
    {
        if ((n.Flags & CategoricalFlag) == 0) return (n.Flags & DefaultLeftFlag) != 0;
        var offset = n.Flags >> 2;
        var words = (int)_categoryBits[offset];
        if (BinMapper.IsCategoryValue(v))
        {
            var c = (int)v;
            var word = c >> 5;
            if (word < words)
            {
                var bit = 1u << (c & 31);
                if ((_categoryBits[offset + 1 + word] & bit) != 0) return true;
                if ((_categoryBits[offset + 1 + words + word] & bit) != 0) return false;
            }
        }
        return (n.Flags & DefaultLeftFlag) != 0;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ValueWidth);
        writer.Write(NodeCount);
        for (var i = 0; i < NodeCount; i++)
        {
            ref readonly var n = ref _nodes[i];
            writer.Write(n.Feature);
            writer.Write(n.Threshold);
            writer.Write(n.Left);
            writer.Write(n.Right);
            writer.Write(n.Flags);
            for (var k = 0; k < ValueWidth; k++) writer.Write(_values[(i * ValueWidth) + k]);
        }
        writer.Write(_categoryBits.Length);
        foreach (var w in _categoryBits) writer.Write(w);
    }

    public static Tree Read(BinaryReader reader, int featureCount)
    {
        var width = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (width < 1 || count < 1 || count > 1 << 28)
            throw new InvalidDataException($"A tree with {count} nodes of width {width} is not valid.");
        var tree = new Tree(width, count) { NodeCount = count };
        for (var i = 0; i < count; i++)
        {
            ref var n = ref tree._nodes[i];
            n.Feature = reader.ReadInt32();
            n.Threshold = reader.ReadDouble();
            n.Left = reader.ReadInt32();
            n.Right = reader.ReadInt32();
            n.Flags = reader.ReadInt32();
            for (var k = 0; k < width; k++) tree._values[(i * width) + k] = reader.ReadDouble();
        }
        var words = reader.ReadInt32();
        if (words < 0 || words > 1 << 28) throw new InvalidDataException($"Category table length {words} is not valid.");
        tree._categoryBits = new uint[words];
        for (var i = 0; i < words; i++) tree._categoryBits[i] = reader.ReadUInt32();
        tree._categoryWords.AddRange(tree._categoryBits);
        tree.Validate(featureCount);
        return tree;
    }

    /// <summary>Trims the arrays to the node count and freezes the category table; call once building is done, before <see cref="FindLeaf"/>.</summary>
    public void Trim()
    {
        _categoryBits = [.. _categoryWords];
        Array.Resize(ref _nodes, NodeCount);
        Array.Resize(ref _values, NodeCount * ValueWidth);
    }

    // A loaded tree must not send FindLeaf out of bounds or into a cycle: children point forward, features exist.
    private void Validate(int featureCount)
    {
        for (var i = 0; i < NodeCount; i++)
        {
            ref readonly var n = ref _nodes[i];
            if (n.Feature < 0) continue;
            if (n.Feature >= featureCount || n.Left <= i || n.Right <= i || n.Left >= NodeCount || n.Right >= NodeCount)
                throw new InvalidDataException($"Tree node {i} is corrupt (feature {n.Feature}, children {n.Left} and {n.Right}).");
            if ((n.Flags & CategoricalFlag) != 0)
            {
                var offset = n.Flags >> 2;
                if (offset < 0 || offset >= _categoryBits.Length || offset + 1 + (2 * (long)_categoryBits[offset]) > _categoryBits.Length)
                    throw new InvalidDataException($"Tree node {i} points outside the category table.");
            }
        }
    }

    private void Grow()
    {
        var capacity = Math.Max(16, _nodes.Length * 2);
        Array.Resize(ref _nodes, capacity);
        Array.Resize(ref _values, capacity * ValueWidth);
    }
}
