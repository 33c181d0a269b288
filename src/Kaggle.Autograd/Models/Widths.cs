using System.Collections;
using System.Runtime.CompilerServices;

namespace Kaggle.Autograd.Models;

/// <summary>
/// An immutable list of layer widths (hidden units, filters) that compares and prints by content, so learner records
/// holding one stay equal to their copies and print as <c>Hidden = [256, 128]</c>. Write it as a collection
/// expression: <c>Hidden = [256, 128]</c>.
/// </summary>
[CollectionBuilder(typeof(Widths), nameof(Create))]
public sealed class Widths : IReadOnlyList<int>, IEquatable<Widths>
{
    private readonly int[] _values;

    private Widths(int[] values) => _values = values;

    public static Widths Create(ReadOnlySpan<int> values) => new(values.ToArray());

    public int Count => _values.Length;

    public int this[int index] => _values[index];

    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Widths? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as Widths);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values) hash.Add(v);
        return hash.ToHashCode();
    }

    public static bool operator ==(Widths? left, Widths? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Widths? left, Widths? right) => !(left == right);

    public override string ToString() => $"[{string.Join(", ", _values)}]";
}
