namespace Kaggle.Core.Data;

/// <summary>A column of free text; <see langword="null"/> marks a missing value.</summary>
public sealed class TextColumn : Column
{
    private readonly string?[] _values;

    /// <summary>Wraps <paramref name="values"/> without copying.</summary>
    public TextColumn(string name, string?[] values)
        : base(name, (values ?? throw new ArgumentNullException(nameof(values))).Length) => _values = values;

    public override ColumnKind Kind => ColumnKind.Text;

    public ReadOnlySpan<string?> Values => _values;

    public string? this[int row] => _values[row];

    public override bool IsMissing(int row) => _values[row] is null;

    public override Column Take(ReadOnlySpan<int> rows)
    {
        var result = new string?[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = _values[rows[i]];
        return new TextColumn(Name, result);
    }

    public override Column Rename(string name) => new TextColumn(name, _values);

    public override string? Format(int row) => _values[row];

    /// <summary>The same text as a categorical column (levels in first-seen order).</summary>
    public CategoricalColumn ToCategorical() => CategoricalColumn.FromStrings(Name, _values);
}
