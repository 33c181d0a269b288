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

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame) => LevelValueColumns.CountUnseenLevels(frame, Tables());

    public Frame Transform(Frame frame) => LevelValueColumns.Transform(frame, Tables(), nameof(TargetEncoder), _keepOriginal, Suffix);

    private IEnumerable<LevelValueColumns.Table> Tables() => _encodings.Select(e => new LevelValueColumns.Table(e.Column, e.Levels, e.Missing, e.Prior));
}
