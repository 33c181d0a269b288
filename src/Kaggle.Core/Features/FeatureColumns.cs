using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>Resolves and checks the columns a feature step works on.</summary>
internal static class FeatureColumns
{
    /// <summary>
    /// The named columns, each checked to exist and to be of one of <paramref name="kinds"/>; when
    /// <paramref name="names"/> is null, every column of those kinds, in frame order.
    /// </summary>
    public static string[] Resolve(Frame frame, IReadOnlyList<string>? names, string step, params ColumnKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (names is null)
            return [.. frame.Columns.Where(c => kinds.Contains(c.Kind)).Select(c => c.Name)];
        foreach (var name in names)
            Require(frame, name, step, kinds);
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            throw new ArgumentException($"{step} names a column twice: {string.Join(", ", names)}.");
        return [.. names];
    }

    /// <summary>The column <paramref name="name"/>, checked to exist and to be of one of <paramref name="kinds"/>.</summary>
    public static Column Require(Frame frame, string name, string step, params ColumnKind[] kinds)
    {
        if (!frame.Contains(name))
            throw new KeyNotFoundException($"{step} needs column '{name}', which the frame lacks. Columns: {string.Join(", ", frame.Names)}.");
        var column = frame[name];
        if (!kinds.Contains(column.Kind))
            throw new ArgumentException($"{step} needs column '{name}' to be {string.Join(" or ", kinds)}, but it is {column.Kind}.");
        return column;
    }

    /// <summary>
    /// A new frame in which each column named in <paramref name="replacements"/> is replaced, in place, by the given
    /// columns (none to drop it, several to expand it); other columns keep their position.
    /// </summary>
    public static Frame Splice(Frame frame, IReadOnlyDictionary<string, Column[]> replacements)
    {
        var columns = new List<Column>(frame.ColumnCount + replacements.Count);
        foreach (var column in frame.Columns)
        {
            if (replacements.TryGetValue(column.Name, out var replacement)) columns.AddRange(replacement);
            else columns.Add(column);
        }
        return new Frame(columns);
    }

    /// <summary>Checks that a target, when a step needs one, has one value per training row.</summary>
    public static void RequireTarget(Frame train, ReadOnlySpan<double> target, string step)
    {
        if (target.Length != train.RowCount)
            throw new ArgumentException($"{step} uses the target: the training frame has {train.RowCount} rows but the target has {target.Length} values.", nameof(target));
        for (var i = 0; i < target.Length; i++)
            if (!double.IsFinite(target[i]))
                throw new ArgumentException($"{step}: target[{i}] is {target[i]}; targets must be finite.", nameof(target));
    }
}
