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
    private const byte DefaultLeftFlag = 1;
    private const byte CategoricalFlag = 2;

    private int[] _feature;
    private double[] _threshold;
    private int[] _left;
    private int[] _right;
    private byte[] _flags;
    private int[] _categoryOffset;
    private double[] _values;
    private readonly List<uint> _categoryWords;
    private uint[] _categoryBits = [];

    public Tree(int valueWidth, int capacity = 16)
    {
        ValueWidth = valueWidth;
        _feature = new int[capacity];
        _threshold = new double[capacity];
        _left = new int[capacity];
        _right = new int[capacity];
        _flags = new byte[capacity];
        _categoryOffset = new int[capacity];
        _values = new double[capacity * valueWidth];
        _categoryWords = [];
    }

    public int ValueWidth { get; }

    public int NodeCount { get; private set; }

    public bool IsLeaf(int node) => _feature[node] < 0;

    public int Feature(int node) => _feature[node];

    public double Threshold(int node) => _threshold[node];

    public int LeftChild(int node) => _left[node];

    public int RightChild(int node) => _right[node];

    public bool DefaultLeft(int node) => (_flags[node] & DefaultLeftFlag) != 0;

    public ReadOnlySpan<double> Value(int node) => _values.AsSpan(node * ValueWidth, ValueWidth);

    public Span<double> MutableValue(int node) => _values.AsSpan(node * ValueWidth, ValueWidth);

    /// <summary>The number of leaves.</summary>
    public int LeafCount()
    {
        var leaves = 0;
        for (var n = 0; n < NodeCount; n++)
            if (_feature[n] < 0) leaves++;
        return leaves;
    }

    /// <summary>The depth of the deepest leaf (0 for a single leaf); children always follow their parent in the arrays.</summary>
    public int Depth()
    {
        var depth = new int[NodeCount];
        var max = 0;
        for (var n = 0; n < NodeCount; n++)
        {
            if (_feature[n] < 0) continue;
            depth[_left[n]] = depth[_right[n]] = depth[n] + 1;
            max = Math.Max(max, depth[n] + 1);
        }
        return max;
    }

    /// <summary>Appends a leaf holding <paramref name="value"/> and returns its index.</summary>
    public int AddLeaf(ReadOnlySpan<double> value)
    {
        if (NodeCount == _feature.Length) Grow();
        var node = NodeCount++;
        _feature[node] = -1;
        _left[node] = _right[node] = -1;
        value.CopyTo(_values.AsSpan(node * ValueWidth, ValueWidth));
        return node;
    }

    /// <summary>Turns leaf <paramref name="node"/> into the numeric split "x[feature] ≤ threshold".</summary>
    public void SetSplit(int node, int feature, double threshold, bool defaultLeft, int left, int right)
    {
        _feature[node] = feature;
        _threshold[node] = threshold;
        _flags[node] = defaultLeft ? DefaultLeftFlag : (byte)0;
        _left[node] = left;
        _right[node] = right;
    }

    /// <summary>Turns leaf <paramref name="node"/> into a categorical split: categories in <paramref name="leftCategories"/> go left, those in <paramref name="rightCategories"/> right, others by default.</summary>
    public void SetCategoricalSplit(int node, int feature, ReadOnlySpan<int> leftCategories, ReadOnlySpan<int> rightCategories, bool defaultLeft, int left, int right)
    {
        var max = 0;
        foreach (var c in leftCategories) max = Math.Max(max, c);
        foreach (var c in rightCategories) max = Math.Max(max, c);
        var words = (max >> 5) + 1;
        _categoryOffset[node] = _categoryWords.Count;
        _categoryWords.Add((uint)words);
        var start = _categoryWords.Count;
        for (var i = 0; i < 2 * words; i++) _categoryWords.Add(0);
        foreach (var c in leftCategories) _categoryWords[start + (c >> 5)] |= 1u << (c & 31);
        foreach (var c in rightCategories) _categoryWords[start + words + (c >> 5)] |= 1u << (c & 31);
        SetSplit(node, feature, double.NaN, defaultLeft, left, right);
        _flags[node] |= CategoricalFlag;
    }

    /// <summary>The leaf that <paramref name="row"/> (all features, raw values) falls into.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindLeaf(ReadOnlySpan<double> row)
    {
        var node = 0;
        var feature = _feature;
        while (feature[node] >= 0)
        {
            var v = row[feature[node]];
            bool goLeft;
            if ((_flags[node] & CategoricalFlag) != 0) goLeft = CategoryGoesLeft(node, v);
            else if (double.IsNaN(v)) goLeft = (_flags[node] & DefaultLeftFlag) != 0;
            else goLeft = v <= _threshold[node];
            node = goLeft ? _left[node] : _right[node];
        }
        return node;
    }

    private bool CategoryGoesLeft(int node, double v)
    {
        var offset = _categoryOffset[node];
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
        return (_flags[node] & DefaultLeftFlag) != 0;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ValueWidth);
        writer.Write(NodeCount);
        for (var n = 0; n < NodeCount; n++)
        {
            writer.Write(_feature[n]);
            writer.Write(_threshold[n]);
            writer.Write(_left[n]);
            writer.Write(_right[n]);
            writer.Write(_flags[n]);
            writer.Write((_flags[n] & CategoricalFlag) != 0 ? _categoryOffset[n] : 0);
            for (var k = 0; k < ValueWidth; k++) writer.Write(_values[(n * ValueWidth) + k]);
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
        for (var n = 0; n < count; n++)
        {
            tree._feature[n] = reader.ReadInt32();
            tree._threshold[n] = reader.ReadDouble();
            tree._left[n] = reader.ReadInt32();
            tree._right[n] = reader.ReadInt32();
            tree._flags[n] = reader.ReadByte();
            tree._categoryOffset[n] = reader.ReadInt32();
            for (var k = 0; k < width; k++) tree._values[(n * width) + k] = reader.ReadDouble();
        }
        var words = reader.ReadInt32();
        if (words < 0) throw new InvalidDataException($"Negative category table length {words}.");
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
        Array.Resize(ref _feature, NodeCount);
        Array.Resize(ref _threshold, NodeCount);
        Array.Resize(ref _left, NodeCount);
        Array.Resize(ref _right, NodeCount);
        Array.Resize(ref _flags, NodeCount);
        Array.Resize(ref _categoryOffset, NodeCount);
        Array.Resize(ref _values, NodeCount * ValueWidth);
    }

    // A loaded tree must not send FindLeaf out of bounds or into a cycle: children point forward, features exist.
    private void Validate(int featureCount)
    {
        for (var n = 0; n < NodeCount; n++)
        {
            if (_feature[n] < 0) continue;
            if (_feature[n] >= featureCount || _left[n] <= n || _right[n] <= n || _left[n] >= NodeCount || _right[n] >= NodeCount)
                throw new InvalidDataException($"Tree node {n} is corrupt (feature {_feature[n]}, children {_left[n]} and {_right[n]}).");
            if ((_flags[n] & CategoricalFlag) != 0)
            {
                var offset = _categoryOffset[n];
                if (offset < 0 || offset >= _categoryBits.Length || offset + 1 + (2 * (long)_categoryBits[offset]) > _categoryBits.Length)
                    throw new InvalidDataException($"Tree node {n} points outside the category table.");
            }
        }
    }

    private void Grow()
    {
        var capacity = Math.Max(16, _feature.Length * 2);
        Array.Resize(ref _feature, capacity);
        Array.Resize(ref _threshold, capacity);
        Array.Resize(ref _left, capacity);
        Array.Resize(ref _right, capacity);
        Array.Resize(ref _flags, capacity);
        Array.Resize(ref _categoryOffset, capacity);
        Array.Resize(ref _values, capacity * ValueWidth);
    }
}
