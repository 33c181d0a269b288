using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces missing values with a statistic of the training rows (sklearn's <c>SimpleImputer</c>): numeric columns
/// by <see cref="Strategy"/>, categorical columns by <see cref="CategoricalStrategy"/>. With
/// <see cref="AddIndicator"/>, a 0/1 column <c>&lt;name&gt;_missing</c> follows each imputed column (always
/// added, even when the training rows had no missing value, so every fold yields the same columns).
/// A column with no observed training value is filled with <see cref="FillValue"/> or <see cref="FillLevel"/>.
/// </summary>
public sealed record SimpleImputer : IFeatureStep
{
    /// <summary>Imputes the named columns, or every numeric and categorical column when none are named.</summary>
    public SimpleImputer(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to impute; null means every numeric and categorical column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The statistic for numeric columns. Default <see cref="ImputeStrategy.Median"/>.</summary>
    public ImputeStrategy Strategy { get; init; } = ImputeStrategy.Median;

    /// <summary>The statistic for categorical columns: Constant or MostFrequent (default).</summary>
    public ImputeStrategy CategoricalStrategy { get; init; } = ImputeStrategy.MostFrequent;

    /// <summary>The numeric fill value for <see cref="ImputeStrategy.Constant"/>. Default 0.</summary>
    public double FillValue { get; init; }

    /// <summary>The categorical fill level for <see cref="ImputeStrategy.Constant"/>. Default <c>missing</c>.</summary>
    public string FillLevel { get; init; } = "missing";

    /// <summary>Adds a <c>&lt;name&gt;_missing</c> 0/1 column after each imputed column. Default false.</summary>
    public bool AddIndicator { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(FillLevel);
        if (CategoricalStrategy is not (ImputeStrategy.Constant or ImputeStrategy.MostFrequent))
            throw new ArgumentException($"SimpleImputer: CategoricalStrategy must be Constant or MostFrequent, not {CategoricalStrategy}.");
        if (!Enum.IsDefined(Strategy))
            throw new ArgumentException($"SimpleImputer: unknown Strategy {Strategy}.");
        var names = FeatureColumns.Resolve(train, Columns, nameof(SimpleImputer), ColumnKind.Numeric, ColumnKind.Categorical);
        var fills = new ImputerFill[names.Length];
        for (var j = 0; j < names.Length; j++)
        {
            fills[j] = train[names[j]] switch
            {
                NumericColumn numeric => ImputerFill.Numeric(names[j], NumericFill(numeric.Values)),
                CategoricalColumn categorical => ImputerFill.Categorical(names[j], LevelFill(categorical)),
                _ => throw new InvalidOperationException("unreachable"),
            };
        }
        var model = new SimpleImputerModel(fills, AddIndicator);
        return new FittedFeatures(model, model.Transform(train));
    }

    private double NumericFill(ReadOnlySpan<double> values)
    {
        var fill = Strategy switch
        {
            ImputeStrategy.Constant => FillValue,
            ImputeStrategy.Mean => Statistics.Mean(values),
            ImputeStrategy.Median => Statistics.Median(values),
            _ => Statistics.MostFrequent(values),
        };
        return double.IsNaN(fill) ? FillValue : fill;
    }

    private string LevelFill(CategoricalColumn column)
    {
        if (CategoricalStrategy == ImputeStrategy.Constant) return FillLevel;
        var counts = LevelLookup.Counts(column);
        if (counts.Count == 0) return FillLevel;
        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }
}
