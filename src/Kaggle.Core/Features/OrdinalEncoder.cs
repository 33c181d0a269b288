using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces categorical columns by integer codes for tree learners (sklearn's <c>OrdinalEncoder</c>): the training
/// levels sorted ordinally are numbered 0, 1, …; missing values and levels unseen at fit time become NaN.
/// </summary>
public sealed record OrdinalEncoder : IFeatureStep
{
    /// <summary>Encodes the named categorical (or text) columns, or every categorical column when none are named.</summary>
    public OrdinalEncoder(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to encode; null means every categorical column left at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = Columns is null
            ? FeatureColumns.Resolve(train, null, nameof(OrdinalEncoder), ColumnKind.Categorical)
            : FeatureColumns.Resolve(train, Columns, nameof(OrdinalEncoder), ColumnKind.Categorical, ColumnKind.Text);
        var levels = names.ToDictionary(
            n => n,
            n => (IReadOnlyList<string>)[.. LevelLookup.Counts(train[n]).Keys.Order(StringComparer.Ordinal)],
            StringComparer.Ordinal);
        var model = new OrdinalEncoderModel(names, levels);
        return new FittedFeatures(model, model.Transform(train));
    }
}
