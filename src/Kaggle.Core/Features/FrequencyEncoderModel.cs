using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="FrequencyEncoder"/>: the training frequency of each level.</summary>
public sealed class FrequencyEncoderModel : IFittedFeatureStep, IUnseenLevelCounter
{
    private const string Suffix = "_frequency";

    private readonly FrequencyEncoding[] _encodings;
    private readonly bool _keepOriginal;

    internal FrequencyEncoderModel(FrequencyEncoding[] encodings, bool keepOriginal)
    {
        _encodings = encodings;
        _keepOriginal = keepOriginal;
    }

    public IReadOnlyList<FrequencyEncoding> Encodings => _encodings;

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame) => LevelValueColumns.CountUnseenLevels(frame, Tables());

    public Frame Transform(Frame frame) => LevelValueColumns.Transform(frame, Tables(), nameof(FrequencyEncoder), _keepOriginal, Suffix);

    private IEnumerable<LevelValueColumns.Table> Tables() => _encodings.Select(e => new LevelValueColumns.Table(e.Column, e.Levels, e.Missing, e.Unseen));
}
