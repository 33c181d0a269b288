using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="TargetEncoder"/>: the full-training encoding of each column, applied to new rows.</summary>
public sealed class TargetEncoderModel : IFittedFeatureStep, IUnseenLevelCounter
{
    internal const string Suffix = "_target";

    private readonly TargetEncoding[] _encodings;
    private readonly bool _keepOriginal;

    internal TargetEncoderModel(TargetEncoding[] encodings, bool keepOriginal)
    {
        _encodings = encodings;
        _keepOriginal = keepOriginal;
    }

    public IReadOnlyList<TargetEncoding> Encodings => _encodings;

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var encoding in _encodings)
            LevelLookup.CountUnseen(frame[encoding.Column], encoding.Levels.Keys, counts);
        return counts;
    }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var encoding in _encodings)
        {
            var source = FeatureColumns.Require(frame, encoding.Column, nameof(TargetEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
            var levels = encoding.Levels.Keys.ToArray();
            var values = levels.Select(l => encoding.Levels[l]).ToArray();
            var rows = LevelLookup.Map(source, LevelLookup.IndexOf(levels));
            var result = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                result[i] = rows[i] switch
                {
                    LevelLookup.Missing => encoding.Missing,
                    LevelLookup.Unseen => encoding.Prior,
                    var k => values[k],
                };
            }
            var column = new NumericColumn(_keepOriginal ? encoding.Column + Suffix : encoding.Column, result);
            replacements[encoding.Column] = _keepOriginal ? [source, column] : [column];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
