using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>Maps the string levels of any column (categorical fast path; text, numeric via their text form) to indices.</summary>
internal static class LevelLookup
{
    public const int Missing = -1;
    public const int Unseen = -2;

    /// <summary>
    /// One index per row: the level's value in <paramref name="lookup"/>, <see cref="Missing"/> for a missing value,
    /// <see cref="Unseen"/> for a level the lookup lacks.
    /// </summary>
    public static int[] Map(Column column, IReadOnlyDictionary<string, int> lookup)
    {
        var result = new int[column.Length];
        if (column is CategoricalColumn categorical)
        {
            // Resolve each level once, then map codes: the transform frame's codes differ from the training frame's.
            var byCode = new int[categorical.Categories.Count];
            for (var c = 0; c < byCode.Length; c++)
                byCode[c] = lookup.TryGetValue(categorical.Categories[c], out var index) ? index : Unseen;
            var codes = categorical.Codes;
            for (var i = 0; i < result.Length; i++)
                result[i] = codes[i] < 0 ? Missing : byCode[codes[i]];
            return result;
        }
        for (var i = 0; i < result.Length; i++)
        {
            var level = column.Format(i);
            result[i] = level is null ? Missing : lookup.TryGetValue(level, out var index) ? index : Unseen;
        }
        return result;
    }

    /// <summary>How many rows hold each level (missing rows are not counted), keyed by level.</summary>
    public static Dictionary<string, int> Counts(Column column)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (column is CategoricalColumn categorical)
        {
            var byCode = categorical.Counts();
            for (var c = 0; c < byCode.Length; c++)
                if (byCode[c] > 0) counts[categorical.Categories[c]] = counts.GetValueOrDefault(categorical.Categories[c]) + byCode[c];
            return counts;
        }
        for (var i = 0; i < column.Length; i++)
            if (column.Format(i) is { } level) counts[level] = counts.GetValueOrDefault(level) + 1;
        return counts;
    }

    /// <summary>
    /// Levels in a deterministic order that does not depend on row order: by value for a numeric column
    /// (so 2 precedes 10), ordinal string order otherwise.
    /// </summary>
    public static string[] Sorted(IEnumerable<string> levels, Column column) => column.Kind == ColumnKind.Numeric
        ? [.. levels.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture))]
        : [.. levels.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Adds to <paramref name="counts"/> the number of rows of <paramref name="column"/> holding a level outside
    /// <paramref name="known"/>, when there are any (the <see cref="IUnseenLevelCounter"/> helper).
    /// </summary>
    public static void CountUnseen(Column column, IEnumerable<string> known, Dictionary<string, int> counts)
    {
        var rows = Map(column, IndexOf([.. known.Distinct(StringComparer.Ordinal)]));
        var unseen = 0;
        foreach (var row in rows)
            if (row == Unseen) unseen++;
        if (unseen > 0) counts[column.Name] = unseen;
    }

    /// <summary>A lookup from each level to its position in <paramref name="levels"/>.</summary>
    public static Dictionary<string, int> IndexOf(IReadOnlyList<string> levels)
    {
        var lookup = new Dictionary<string, int>(levels.Count, StringComparer.Ordinal);
        for (var k = 0; k < levels.Count; k++) lookup[levels[k]] = k;
        return lookup;
    }

    /// <summary>
    /// The distinct observed levels in first-seen order and, per row, the index of its level (-1 when missing):
    /// the training-side counterpart of <see cref="Map"/>.
    /// </summary>
    public static (string[] Levels, int[] Rows) Factorize(Column column)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new List<string>();
        var rows = new int[column.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (column.Format(i) is not { } level)
            {
                rows[i] = Missing;
                continue;
            }
            if (!lookup.TryGetValue(level, out var index))
            {
                index = levels.Count;
                lookup.Add(level, index);
                levels.Add(level);
            }
            rows[i] = index;
        }
        return ([.. levels], rows);
    }
}
