using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="GroupOutcomeEncoder"/>: per group of the training rows, the sum and count of their targets.</summary>
public sealed class GroupOutcomeEncoderModel : IFittedFeatureStep
{
    private readonly string _key;
    private readonly Dictionary<string, (double Sum, int Count)> _groups;
    private readonly double _unknown;

    internal GroupOutcomeEncoderModel(string key, Dictionary<string, (double Sum, int Count)> groups, double unknown)
    {
        _key = key;
        _groups = groups;
        _unknown = unknown;
    }

    /// <summary>How many training rows had a key (groups with at least one labelled member).</summary>
    public int GroupCount => _groups.Count;

    /// <summary>New rows: every training member of the row's group counts (the row itself is not a training row).</summary>
    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var column = FeatureColumns.Require(frame, _key, nameof(GroupOutcomeEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
        var others = new double[frame.RowCount];
        var mean = new double[frame.RowCount];
        for (var i = 0; i < others.Length; i++)
        {
            var known = column.Format(i) is { } level && _groups.TryGetValue(level, out var group) ? group : (Sum: 0.0, Count: 0);
            others[i] = known.Count;
            mean[i] = known.Count == 0 ? _unknown : known.Sum / known.Count;
        }
        return Splice(frame, others, mean);
    }

    internal Frame Splice(Frame frame, double[] others, double[] mean) =>
        FeatureColumns.Splice(frame, new Dictionary<string, Column[]>(StringComparer.Ordinal)
        {
            [_key] = [new NumericColumn(_key + "_others", others), new NumericColumn(_key + "_others_mean", mean)],
        });
}
