using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>Drops the named columns (ids, raw text already mined). Stateless.</summary>
public sealed record DropColumns : IFeatureStep, IFittedFeatureStep
{
    public DropColumns(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; init; }

    /// <summary>Skips named columns the frame lacks instead of throwing. Default false (a missing name is usually a typo).</summary>
    public bool IgnoreMissing { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var names = IgnoreMissing ? Columns.Where(frame.Contains).ToArray() : [.. Columns];
        foreach (var name in names)
            if (!frame.Contains(name))
                throw new KeyNotFoundException($"DropColumns: the frame has no column '{name}'. Columns: {string.Join(", ", frame.Names)}.");
        return frame.Without(names);
    }

    public override string ToString() => $"DropColumns({string.Join(", ", Columns)})";
}
