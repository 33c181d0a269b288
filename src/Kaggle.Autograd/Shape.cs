using System.Text;

namespace Kaggle.Autograd;

/// <summary>
/// The dimensions of a tensor, outermost first (row-major, so the last axis is contiguous).
/// Rank 0 is a scalar of size 1. Negative axes count from the end, as in NumPy and PyTorch.
/// </summary>
public readonly struct Shape : IEquatable<Shape>
{
    private readonly int[]? _dims;
    private readonly int _size;

    /// <summary>Creates a shape from its dimensions; each must be non-negative.</summary>
    public Shape(params ReadOnlySpan<int> dims)
    {
        var size = 1L;
        foreach (var d in dims)
        {
            if (d < 0)
                throw new ArgumentOutOfRangeException(nameof(dims), $"Shape {Format(dims)} has a negative dimension.");
            size *= d;
            if (size > Array.MaxLength)
                throw new ArgumentOutOfRangeException(nameof(dims), $"Shape {Format(dims)} has more elements than an array can hold.");
        }
        _dims = dims.ToArray();
        _size = (int)size;
    }

    /// <summary>The number of axes.</summary>
    public int Rank => _dims?.Length ?? 0;

    /// <summary>The number of elements: the product of the dimensions (1 for a scalar).</summary>
    public int Size => _dims is null ? 1 : _size;

    /// <summary>The dimensions, outermost first.</summary>
    public ReadOnlySpan<int> Dims => _dims;

    /// <summary>The length of <paramref name="axis"/> (negative counts from the end).</summary>
    public int this[int axis] => _dims![Axis(axis)];

    /// <summary>Normalises a possibly negative axis to [0, Rank), throwing a clear error when it is out of range.</summary>
    public int Axis(int axis)
    {
        var normal = axis < 0 ? axis + Rank : axis;
        if ((uint)normal >= (uint)Rank)
            throw new ArgumentOutOfRangeException(nameof(axis), $"Axis {axis} is out of range for shape {this} (rank {Rank}).");
        return normal;
    }

    /// <summary>Row-major strides in elements: the last axis has stride 1.</summary>
    public int[] Strides()
    {
        var strides = new int[Rank];
        var stride = 1;
        for (var i = Rank - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= _dims![i];
        }
        return strides;
    }

    /// <summary>The product of the dimensions in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public int Product(int from, int to)
    {
        var p = 1;
        for (var i = from; i < to; i++) p *= _dims![i];
        return p;
    }

    public bool Equals(Shape other) => Dims.SequenceEqual(other.Dims);

    public override bool Equals(object? obj) => obj is Shape other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in Dims) hash.Add(d);
        return hash.ToHashCode();
    }

    public static bool operator ==(Shape left, Shape right) => left.Equals(right);

    public static bool operator !=(Shape left, Shape right) => !left.Equals(right);

    public static implicit operator Shape(int[] dims) => new(dims);

    public override string ToString() => Format(Dims);

    private static string Format(ReadOnlySpan<int> dims)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < dims.Length; i++)
            text.Append(i == 0 ? "" : ", ").Append(dims[i]);
        return text.Append(']').ToString();
    }
}
