using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="OneHotEncoder"/>: the output levels of each encoded column.</summary>
public sealed class OneHotEncoderModel : IFittedFeatureStep, IUnseenLevelCounter
{
    private readonly OneHotEncoding[] _encodings;

    internal OneHotEncoderModel(OneHotEncoding[] encodings) => _encodings = encodings;

    public IReadOnlyList<OneHotEncoding> Encodings => _encodings;

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var encoding in _encodings)
            LevelLookup.CountUnseen(frame[encoding.Column], [.. encoding.Levels, .. encoding.RareLevels, .. (encoding.DroppedLevel is null ? [] : new[] { encoding.DroppedLevel })], counts);
        return counts;
    }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var encoding in _encodings)
        {
            var column = FeatureColumns.Require(frame, encoding.Column, nameof(OneHotEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
            replacements[encoding.Column] = Expand(encoding, column);
        }
        return FeatureColumns.Splice(frame, replacements);
    }

    private static Column[] Expand(OneHotEncoding encoding, Column column)
    {
        var names = encoding.OutputNames;
        // Nowhere differs from LevelLookup's Missing and Unseen markers, so a dropped level is neither.
        const int Nowhere = int.MinValue;
        var lookup = LevelLookup.IndexOf(encoding.Levels);
        var other = encoding.OtherLevel is null ? Nowhere : encoding.Levels.Count;
        foreach (var rare in encoding.RareLevels) lookup[rare] = other;
        // A dropped first level maps to no column: its rows are all zeros, as sklearn's drop='first' does.
        if (encoding.DroppedLevel is not null) lookup[encoding.DroppedLevel] = Nowhere;
        var missing = encoding.HasMissingColumn ? names.Count - 1 : Nowhere;
        var rows = LevelLookup.Map(column, lookup);
        var outputs = new double[names.Count][];
        for (var k = 0; k < outputs.Length; k++) outputs[k] = new double[column.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var k = rows[i] switch
            {
                LevelLookup.Missing => missing,
                LevelLookup.Unseen => other,
                var index => index,
            };
            if (k >= 0) outputs[k][i] = 1;
        }
        var result = new Column[outputs.Length];
        for (var k = 0; k < outputs.Length; k++) result[k] = new NumericColumn(names[k], outputs[k]);
        return result;
    }
}
