using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="GroupMedianImputer"/>: the median per training group and the global median.</summary>
public sealed class GroupMedianImputerModel : IFittedFeatureStep
{
    private readonly string _column;
    private readonly string[] _groupBy;
    private readonly Dictionary<string, double> _medians;
    private readonly bool _addIndicator;

    internal GroupMedianImputerModel(string column, string[] groupBy, Dictionary<string, double> medians, double globalMedian, bool addIndicator)
    {
        _column = column;
        _groupBy = groupBy;
        _medians = medians;
        GlobalMedian = globalMedian;
        _addIndicator = addIndicator;
    }

    /// <summary>The median of the whole training column: the fill for unseen, missing or small groups.</summary>
    public double GlobalMedian { get; }

    /// <summary>The median per group seen at fit; a multi-column group key joins its values with U+001F.</summary>
    public IReadOnlyDictionary<string, double> GroupMedians => _medians;

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var column = (NumericColumn)FeatureColumns.Require(frame, _column, nameof(GroupMedianImputer), ColumnKind.Numeric);
        var keys = GroupMedianImputer.GroupKeys(frame, _groupBy);
        var values = column.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i])) continue;
            values[i] = keys[i] is { } key && _medians.TryGetValue(key, out var median) ? median : GlobalMedian;
        }
        Column[] replacement = _addIndicator
            ? [new NumericColumn(_column, values), MissingIndicator.Of(column)]
            : [new NumericColumn(_column, values)];
        return FeatureColumns.Splice(frame, new Dictionary<string, Column[]> { [_column] = replacement });
    }
}
