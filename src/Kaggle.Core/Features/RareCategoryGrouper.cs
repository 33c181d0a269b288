using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Merges levels seen fewer than <see cref="MinCount"/> times (or in less than <see cref="MinFraction"/> of the
/// training rows) into one level <see cref="OtherLevel"/>, before any encoder. At transform time, levels unseen at
/// fit time also become <see cref="OtherLevel"/> (they are rarer still); missing values stay missing.
/// The output columns are categorical.
/// </summary>
public sealed record RareCategoryGrouper : IFeatureStep
{
    /// <summary>Groups the named categorical (or text) columns, or every categorical column when none are named.</summary>
    public RareCategoryGrouper(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to group; null means every categorical column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Levels seen fewer times than this in the training rows become <see cref="OtherLevel"/>. Default 1 (only the fraction applies).</summary>
    public int MinCount { get; init; } = 1;

    /// <summary>Levels seen in a smaller fraction of the training rows than this become <see cref="OtherLevel"/>. Default 0.01.</summary>
    public double MinFraction { get; init; } = 0.01;

    /// <summary>The merged level's name. Default <c>other</c>.</summary>
    public string OtherLevel { get; init; } = "other";

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCount, 1);
        if (!(MinFraction is >= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(MinFraction), MinFraction, "MinFraction must be in [0, 1).");
        ArgumentException.ThrowIfNullOrEmpty(OtherLevel);
        var names = Columns is null
            ? FeatureColumns.Resolve(train, null, nameof(RareCategoryGrouper), ColumnKind.Categorical)
            : FeatureColumns.Resolve(train, Columns, nameof(RareCategoryGrouper), ColumnKind.Categorical, ColumnKind.Text);
        var kept = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var counts = LevelLookup.Counts(train[name]);
            seen[name] = [.. counts.Keys];
            kept[name] = [.. counts.Where(p => p.Value >= MinCount && p.Value >= MinFraction * train.RowCount)
                .Select(p => p.Key).Order(StringComparer.Ordinal)];
        }
        var model = new RareCategoryGrouperModel(names, kept, seen, OtherLevel);
        return new FittedFeatures(model, model.Transform(train));
    }
}
