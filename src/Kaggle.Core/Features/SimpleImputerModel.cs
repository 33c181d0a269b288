using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="SimpleImputer"/>: the fill value of each column.</summary>
public sealed class SimpleImputerModel : IFittedFeatureStep
{
    private readonly ImputerFill[] _fills;
    private readonly bool _addIndicator;

    internal SimpleImputerModel(ImputerFill[] fills, bool addIndicator)
    {
        _fills = fills;
        _addIndicator = addIndicator;
    }

    /// <summary>The numeric fill value of each numeric column, keyed by name.</summary>
    public IReadOnlyDictionary<string, double> NumericFills =>
        _fills.Where(f => f.Level is null).ToDictionary(f => f.Column, f => f.Value, StringComparer.Ordinal);

    /// <summary>The fill level of each categorical column, keyed by name.</summary>
    public IReadOnlyDictionary<string, string> LevelFills =>
        _fills.Where(f => f.Level is not null).ToDictionary(f => f.Column, f => f.Level!, StringComparer.Ordinal);

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var fill in _fills)
        {
            var column = fill.Level is null
                ? FeatureColumns.Require(frame, fill.Column, nameof(SimpleImputer), ColumnKind.Numeric)
                : FeatureColumns.Require(frame, fill.Column, nameof(SimpleImputer), ColumnKind.Categorical);
            Column imputed = fill.Level is null
                ? FillNumeric((NumericColumn)column, fill.Value)
                : FillLevel((CategoricalColumn)column, fill.Level);
            replacements[fill.Column] = _addIndicator ? [imputed, MissingIndicator.Of(column)] : [imputed];
        }
        return FeatureColumns.Splice(frame, replacements);
    }

    private static NumericColumn FillNumeric(NumericColumn column, double fill)
    {
        var values = column.ToArray();
        for (var i = 0; i < values.Length; i++)
            if (double.IsNaN(values[i])) values[i] = fill;
        return new NumericColumn(column.Name, values);
    }

    internal static CategoricalColumn FillLevel(CategoricalColumn column, string level)
    {
        if (column.MissingCount() == 0) return column;
        var categories = column.Categories.ToList();
        var code = categories.IndexOf(level);
        if (code < 0)
        {
            code = categories.Count;
            categories.Add(level);
        }
        var codes = column.Codes.ToArray();
        for (var i = 0; i < codes.Length; i++)
            if (codes[i] < 0) codes[i] = code;
        return new CategoricalColumn(column.Name, codes, [.. categories]);
    }
}

/// <summary>What one imputed column is filled with: <see cref="Value"/> for numeric, <see cref="Level"/> for categorical.</summary>
internal sealed record ImputerFill(string Column, double Value, string? Level)
{
    public static ImputerFill Numeric(string column, double value) => new(column, value, null);

    public static ImputerFill Categorical(string column, string level) => new(column, double.NaN, level);
}
