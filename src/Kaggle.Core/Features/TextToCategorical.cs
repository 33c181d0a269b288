using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Converts text columns to categorical ones (each distinct string a level), so encoders can take them.
/// Stateless: the levels an encoder keeps are learned by the encoder, on the training rows.
/// </summary>
public sealed record TextToCategorical : IFeatureStep, IFittedFeatureStep
{
    /// <summary>Converts the named text columns, or every text column when none are named.</summary>
    public TextToCategorical(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to convert; null means every text column.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var name in FeatureColumns.Resolve(frame, Columns, nameof(TextToCategorical), ColumnKind.Text, ColumnKind.Categorical))
            if (frame[name] is TextColumn text) replacements[name] = [text.ToCategorical()];
        return FeatureColumns.Splice(frame, replacements);
    }

    public override string ToString() => $"TextToCategorical({(Columns is null ? "all text" : string.Join(", ", Columns))})";
}
