using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// What happened to the other members of a row's group, from the training rows of the fold: replaces the group key
/// column <c>K</c> by <c>K_others</c> (how many other members have a label) and <c>K_others_mean</c> (their mean
/// target; <see cref="Unknown"/> when there is none). A training row never sees its own target (leave-one-out over
/// its group), and a validation or test row sees every training member of its group, which is the situation of a
/// test passenger whose family or ticket companions are in the training file. Rows with a missing key belong to no
/// group. Meant for groups that test rows share with training rows (families, tickets, households); for keys with
/// many rows per level prefer <see cref="TargetEncoder"/>, whose inner folds shrink toward the prior.
/// </summary>
public sealed record GroupOutcomeEncoder : IFeatureStep
{
    /// <summary>Encodes the group key column <paramref name="key"/> (categorical, text or numeric codes).</summary>
    public GroupOutcomeEncoder(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
    }

    /// <summary>The column holding each row's group (missing: no group).</summary>
    public string Key { get; init; }

    /// <summary>The value of <c>K_others_mean</c> when no other member has a label. Default NaN (for learners that handle missing values).</summary>
    public double Unknown { get; init; } = double.NaN;

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        FeatureColumns.RequireTarget(train, target, nameof(GroupOutcomeEncoder));
        var column = FeatureColumns.Require(train, Key, nameof(GroupOutcomeEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
        var (levels, rows) = LevelLookup.Factorize(column);
        var sums = new double[levels.Length];
        var counts = new int[levels.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] < 0) continue;
            sums[rows[i]] += target[i];
            counts[rows[i]]++;
        }
        var others = new double[rows.Length];
        var mean = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var g = rows[i];
            var n = g < 0 ? 0 : counts[g] - 1;
            others[i] = n;
            // Leave-one-out: the group's sum without this row's own target (exact for 0/1 targets).
            mean[i] = n == 0 ? Unknown : (sums[g] - target[i]) / n;
        }
        var groups = new Dictionary<string, (double Sum, int Count)>(levels.Length, StringComparer.Ordinal);
        for (var s = 0; s < levels.Length; s++) groups[levels[s]] = (sums[s], counts[s]);
        var model = new GroupOutcomeEncoderModel(Key, groups, Unknown);
        return new FittedFeatures(model, model.Splice(train, others, mean));
    }
}
