namespace Kaggle.Core.Data;

/// <summary>
/// One named, typed, immutable column of a <see cref="Frame"/>. Every kind has an explicit missing marker
/// (see <see cref="ColumnKind"/>), so "missing" never hides inside a sentinel value of the data.
/// </summary>
public abstract class Column
{
    protected Column(string name, int length)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Name = name;
        Length = length;
    }

    public string Name { get; }

    public int Length { get; }

    public abstract ColumnKind Kind { get; }

    public abstract bool IsMissing(int row);

    public int MissingCount()
    {
        var count = 0;
        for (var i = 0; i < Length; i++)
            if (IsMissing(i)) count++;
        return count;
    }

    /// <summary>A new column holding the given rows, in the given order.</summary>
    public abstract Column Take(ReadOnlySpan<int> rows);

    /// <summary>The same values under another name.</summary>
    public abstract Column Rename(string name);

    /// <summary>The value as CSV text (invariant culture, round-trip precision); <see langword="null"/> when missing.</summary>
    public abstract string? Format(int row);

    public override string ToString() => $"{Name}: {Kind}[{Length}]";
}
