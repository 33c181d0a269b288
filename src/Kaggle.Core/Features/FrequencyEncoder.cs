using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces categorical columns by how often their level occurs in the training rows: a count, or with
/// <see cref="Normalize"/> the fraction of training rows. Missing values count as a level of their own;
/// a level unseen at fit time gets <see cref="UnseenValue"/> (0: it occurred in no training row).
/// </summary>
public sealed record FrequencyEncoder : IFeatureStep
{
    /// <summary>Encodes the named columns (categorical, text or numeric codes), or every categorical column when none are named.</summary>
    public FrequencyEncoder(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to encode; null means every categorical column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Fractions of the training rows instead of counts. Default false.</summary>
    public bool Normalize { get; init; }

    /// <summary>
    /// The value of a level unseen at fit time. Default 0; use 1 (or NaN) when the encoding is a group size that
    /// later divides something, such as fare per ticket holder.
    /// </summary>
    public double UnseenValue { get; init; }

    /// <summary>Keeps the source column and adds the encoding after it as <c>&lt;name&gt;_frequency</c>. Default false (replaced in place).</summary>
    public bool KeepOriginal { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = Columns is null
            ? FeatureColumns.Resolve(train, null, nameof(FrequencyEncoder), ColumnKind.Categorical)
            : FeatureColumns.Resolve(train, Columns, nameof(FrequencyEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
        var scale = Normalize && train.RowCount > 0 ? 1.0 / train.RowCount : 1.0;
        var encodings = new FrequencyEncoding[names.Length];
        for (var j = 0; j < names.Length; j++)
        {
            var column = train[names[j]];
            var levels = LevelLookup.Counts(column).ToDictionary(p => p.Key, p => p.Value * scale, StringComparer.Ordinal);
            encodings[j] = new FrequencyEncoding(names[j], levels, column.MissingCount() * scale, UnseenValue);
        }
        var model = new FrequencyEncoderModel(encodings, KeepOriginal);
        return new FittedFeatures(model, model.Transform(train));
    }
}
