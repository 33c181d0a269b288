using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>Keeps only the named columns, in the given order. Stateless.</summary>
public sealed record SelectColumns : IFeatureStep, IFittedFeatureStep
{
    public SelectColumns(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var name in Columns)
            if (!frame.Contains(name))
                throw new KeyNotFoundException($"SelectColumns: the frame has no column '{name}'. Columns: {string.Join(", ", frame.Names)}.");
        return frame.Select([.. Columns]);
    }

    public override string ToString() => $"SelectColumns({string.Join(", ", Columns)})";
}
