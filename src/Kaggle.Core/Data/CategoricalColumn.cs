namespace Kaggle.Core.Data;

/// <summary>
/// A column of string levels stored as codes into <see cref="Categories"/>; code -1 marks a missing value.
/// Codes follow the order in which levels were first seen, so the encoding is deterministic.
/// </summary>
public sealed class CategoricalColumn : Column
{
    public const int MissingCode = -1;

    private readonly int[] _codes;
    private readonly string[] _categories;

    /// <summary>Wraps codes and levels without copying. Every code must be -1 or a valid index into <paramref name="categories"/>.</summary>
    public CategoricalColumn(string name, int[] codes, string[] categories)
        : base(name, (codes ?? throw new ArgumentNullException(nameof(codes))).Length)
    {
        ArgumentNullException.ThrowIfNull(categories);
        foreach (var code in codes)
            if (code < MissingCode || code >= categories.Length)
                throw new ArgumentException($"Column '{name}' has code {code} but only {categories.Length} categories.", nameof(codes));
        _codes = codes;
        _categories = categories;
    }

    public override ColumnKind Kind => ColumnKind.Categorical;

    public ReadOnlySpan<int> Codes => _codes;

    public IReadOnlyList<string> Categories => _categories;

    /// <summary>The level of a row, or <see langword="null"/> when missing.</summary>
    public string? this[int row] => _codes[row] < 0 ? null : _categories[_codes[row]];

    public override bool IsMissing(int row) => _codes[row] < 0;

    /// <summary>Builds a column from strings; <see langword="null"/> is missing. Levels are numbered in first-seen order.</summary>
    public static CategoricalColumn FromStrings(string name, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new List<string>();
        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                codes[i] = MissingCode;
                continue;
            }
            if (!lookup.TryGetValue(value, out var code))
            {
                code = categories.Count;
                lookup.Add(value, code);
                categories.Add(value);
            }
            codes[i] = code;
        }
        return new CategoricalColumn(name, codes, [.. categories]);
    }

    /// <summary>The code of <paramref name="level"/>, or -1 when the column has no such level.</summary>
    public int CodeOf(string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Array.IndexOf(_categories, level);
    }

    /// <summary>How many rows hold each category (index = code).</summary>
    public int[] Counts()
    {
        var counts = new int[_categories.Length];
        foreach (var code in _codes)
            if (code >= 0) counts[code]++;
        return counts;
    }

    public override Column Take(ReadOnlySpan<int> rows)
    {
        var result = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = _codes[rows[i]];
        return new CategoricalColumn(Name, result, _categories);
    }

    public override Column Rename(string name) => new CategoricalColumn(name, _codes, _categories);

    public override string? Format(int row) => this[row];
}
