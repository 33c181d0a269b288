using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Declares that a missing value in the named columns means "none" rather than "unknown" (house data: no pool,
/// no garage, no basement): categorical and text columns get the level <see cref="Level"/>, numeric columns
/// <see cref="Number"/>. Columns not named keep their missing values for a real imputer. Stateless.
/// </summary>
public sealed record MissingMeansNone : IFeatureStep, IFittedFeatureStep
{
    public MissingMeansNone(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; init; }

    /// <summary>The level that replaces a missing categorical or text value. Default <c>None</c>.</summary>
    public string Level { get; init; } = "None";

    /// <summary>The number that replaces a missing numeric value (an area or count of something absent). Default 0.</summary>
    public double Number { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(Level);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var name in FeatureColumns.Resolve(frame, Columns, nameof(MissingMeansNone), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric))
        {
            replacements[name] = [frame[name] switch
            {
                NumericColumn numeric => FillNumber(numeric),
                CategoricalColumn categorical => SimpleImputerModel.FillLevel(categorical, Level),
                var text => new TextColumn(name, [.. Enumerable.Range(0, text.Length).Select(i => text.Format(i) ?? Level)]),
            }];
        }
        return FeatureColumns.Splice(frame, replacements);
    }

    private NumericColumn FillNumber(NumericColumn column)
    {
        var values = column.ToArray();
        for (var i = 0; i < values.Length; i++)
            if (double.IsNaN(values[i])) values[i] = Number;
        return new NumericColumn(column.Name, values);
    }
}
