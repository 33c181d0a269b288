using Kaggle.Core.Data;

namespace Kaggle.Runner.Submission;

/// <summary>
/// A row's key as one string: the key columns' values joined by a unit separator (U+001F, which CSV data does not
/// use), so a composite key such as <c>KPI ID</c> + <c>timestamp</c> is compared, looked up and reported like a
/// single id, and a single id is just its value.
/// </summary>
public static class RowKeys
{
    /// <summary>The separator between the parts of a composite key.</summary>
    public const char Separator = '\u001F';

    /// <summary>The key of every row of <paramref name="frame"/> (null where a key column is empty).</summary>
    public static string?[] Of(Frame frame, IReadOnlyList<string> keyColumns)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(keyColumns);
        var columns = keyColumns.Select(c => frame[c]).ToArray();
        var keys = new string?[frame.RowCount];
        for (var i = 0; i < keys.Length; i++)
        {
            var parts = new string?[columns.Length];
            for (var c = 0; c < columns.Length; c++) parts[c] = columns[c].Format(i);
            keys[i] = parts.Any(string.IsNullOrEmpty) ? null : string.Join(Separator, parts);
        }
        return keys;
    }

    /// <summary>A key as people read it: the parts of a composite key joined by " + ".</summary>
    public static string Display(string? key) => key?.Replace(Separator.ToString(), " + ", StringComparison.Ordinal) ?? "(empty)";

    /// <summary>The parts of a key (one for a single id).</summary>
    public static string[] Parts(string key) => (key ?? throw new ArgumentNullException(nameof(key))).Split(Separator);
}
