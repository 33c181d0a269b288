using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Adds (or replaces) a column computed by a C# function of the frame. Stateless: the function is applied the same
/// way to every frame, so it must not look at other rows' targets or at statistics of the frame it is given
/// (use a fitted step for those). <c>new Derive("FamilySize", r =&gt; r.Number("SibSp") + r.Number("Parch") + 1)</c>.
/// </summary>
public sealed record Derive : IFeatureStep, IFittedFeatureStep
{
    private readonly Func<Frame, Column> _compute;

    /// <summary>A column computed from the whole frame; it must have one value per row.</summary>
    public Derive(Func<Frame, Column> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        _compute = compute;
    }

    /// <summary>A numeric column <paramref name="name"/> computed row by row.</summary>
    public Derive(string name, Func<FrameRow, double> row)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(row);
        Name = name;
        _compute = frame =>
        {
            var values = new double[frame.RowCount];
            for (var i = 0; i < values.Length; i++) values[i] = row(new FrameRow(frame, i));
            return new NumericColumn(name, values);
        };
    }

    /// <summary>A categorical column <paramref name="name"/> computed row by row (null is missing).</summary>
    public Derive(string name, Func<FrameRow, string?> row)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(row);
        Name = name;
        _compute = frame =>
        {
            var values = new string?[frame.RowCount];
            for (var i = 0; i < values.Length; i++) values[i] = row(new FrameRow(frame, i));
            return CategoricalColumn.FromStrings(name, values);
        };
    }

    /// <summary>The derived column's name when given up front (row-wise forms); null for the frame form.</summary>
    public string? Name { get; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var column = _compute(frame)
            ?? throw new InvalidOperationException($"Derive{(Name is null ? "" : $" '{Name}'")}: the function returned null.");
        if (column.Length != frame.RowCount)
            throw new InvalidOperationException($"Derive: column '{column.Name}' has {column.Length} values but the frame has {frame.RowCount} rows.");
        return frame.With(column);
    }

    public override string ToString() => $"Derive({Name ?? "frame function"})";
}
