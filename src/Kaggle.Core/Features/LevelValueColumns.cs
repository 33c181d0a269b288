using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// The shared half of the fitted encoders that replace a column's levels by one number each (frequency, target mean):
/// the mapping of a frame's columns through fitted level → value tables, and the count of unseen levels.
/// </summary>
internal static class LevelValueColumns
{
    /// <summary>One column's fitted table: a value per training level, and the values for missing and unseen levels.</summary>
    public readonly record struct Table(string Column, IReadOnlyDictionary<string, double> Levels, double Missing, double Unseen);

    /// <summary>Per column, the test rows whose level no table knows.</summary>
    public static IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame, IEnumerable<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
            LevelLookup.CountUnseen(frame[table.Column], table.Levels.Keys, counts);
        return counts;
    }

    /// <summary>
    /// Replaces each table's column by its values (named <c>column + suffix</c> after the original when
    /// <paramref name="keepOriginal"/>); <paramref name="step"/> names the encoder in errors.
    /// </summary>
    public static Frame Transform(Frame frame, IEnumerable<Table> tables, string step, bool keepOriginal, string suffix)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var source = FeatureColumns.Require(frame, table.Column, step, ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
            var levels = table.Levels.Keys.ToArray();
            var values = levels.Select(l => table.Levels[l]).ToArray();
            var rows = LevelLookup.Map(source, LevelLookup.IndexOf(levels));
            var result = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
                result[i] = rows[i] switch { LevelLookup.Missing => table.Missing, LevelLookup.Unseen => table.Unseen, var k => values[k] };
            var column = new NumericColumn(keepOriginal ? table.Column + suffix : table.Column, result);
            replacements[table.Column] = keepOriginal ? [source, column] : [column];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
