using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Fills missing values of a numeric column with the median of its training rows in the same group
/// (e.g. Age by Title, or by Title and Pclass together). A group unseen at fit time, a row whose group
/// value is missing, or a group with fewer than <see cref="MinGroupCount"/> observed values falls back to the
/// global training median. With <see cref="AddIndicator"/>, a 0/1 <c>&lt;column&gt;_missing</c> column follows.
/// </summary>
public sealed record GroupMedianImputer : IFeatureStep
{
    /// <summary>Imputes <paramref name="column"/> by the groups of one or more <paramref name="groupBy"/> columns (of any kind).</summary>
    public GroupMedianImputer(string column, params string[] groupBy)
    {
        Column = column;
        GroupBy = groupBy;
    }

    public string Column { get; init; }

    public IReadOnlyList<string> GroupBy { get; init; }

    /// <summary>Groups with fewer observed training values than this use the global median. Default 1.</summary>
    public int MinGroupCount { get; init; } = 1;

    /// <summary>Adds a <c>&lt;column&gt;_missing</c> 0/1 column after the imputed one. Default false.</summary>
    public bool AddIndicator { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentException.ThrowIfNullOrWhiteSpace(Column);
        ArgumentNullException.ThrowIfNull(GroupBy);
        if (GroupBy.Count == 0)
            throw new ArgumentException("GroupMedianImputer needs at least one group column.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MinGroupCount, 1);
        var values = ((NumericColumn)FeatureColumns.Require(train, Column, nameof(GroupMedianImputer), ColumnKind.Numeric)).Values;
        var keys = GroupKeys(train, GroupBy);
        var byGroup = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]) || keys[i] is not { } key) continue;
            if (!byGroup.TryGetValue(key, out var list)) byGroup[key] = list = [];
            list.Add(values[i]);
        }
        var medians = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, list) in byGroup)
            if (list.Count >= MinGroupCount) medians[key] = Statistics.Median(list.ToArray());
        var global = Statistics.Median(values);
        if (double.IsNaN(global))
            throw new ArgumentException($"GroupMedianImputer: column '{Column}' has no observed value in the {train.RowCount} training rows.");
        var model = new GroupMedianImputerModel(Column, [.. GroupBy], medians, global, AddIndicator);
        return new FittedFeatures(model, model.Transform(train));
    }

    /// <summary>One key per row joining the group columns' values; null when any of them is missing.</summary>
    internal static string?[] GroupKeys(Frame frame, IReadOnlyList<string> groupBy)
    {
        var columns = groupBy.Select(g => FeatureColumns.Require(frame, g, nameof(GroupMedianImputer),
            ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Timestamp)).ToArray();
        var keys = new string?[frame.RowCount];
        var parts = new string[columns.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var missing = false;
            for (var g = 0; g < columns.Length && !missing; g++)
            {
                var part = columns[g].Format(i);
                missing = part is null;
                parts[g] = part ?? "";
            }
            // The unit separator cannot occur in CSV-derived levels, so joined keys never collide.
            keys[i] = missing ? null : string.Join('\u001f', parts);
        }
        return keys;
    }
}
