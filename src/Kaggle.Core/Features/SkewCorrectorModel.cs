using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="SkewCorrector"/>: the columns chosen at fit time and their fitted transforms.</summary>
public sealed class SkewCorrectorModel : IFittedFeatureStep
{
    private readonly SkewCorrection[] _corrections;

    internal SkewCorrectorModel(SkewCorrection[] corrections) => _corrections = corrections;

    /// <summary>The transformed columns, in frame order, with their skewness and lambda.</summary>
    public IReadOnlyList<SkewCorrection> Corrections => _corrections;

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var correction in _corrections)
        {
            var column = (NumericColumn)FeatureColumns.Require(frame, correction.Column, nameof(SkewCorrector), ColumnKind.Numeric);
            var values = column.ToArray();
            for (var i = 0; i < values.Length; i++) values[i] = correction.Apply(values[i]);
            replacements[correction.Column] = [new NumericColumn(correction.Column, values)];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
