using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="StandardScaler"/>: per column, the subtracted mean and the dividing scale.</summary>
public sealed class StandardScalerModel : IFittedFeatureStep
{
    private readonly string[] _columns;
    private readonly double[] _means;
    private readonly double[] _scales;

    internal StandardScalerModel(string[] columns, double[] means, double[] scales)
    {
        _columns = columns;
        _means = means;
        _scales = scales;
    }

    public IReadOnlyList<string> ColumnNames => _columns;

    /// <summary>The value subtracted from each column (0 when <c>WithMean</c> is off).</summary>
    public IReadOnlyList<double> Means => _means;

    /// <summary>The divisor of each column (1 when <c>WithStd</c> is off or the column is constant).</summary>
    public IReadOnlyList<double> Scales => _scales;

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        for (var j = 0; j < _columns.Length; j++)
        {
            var column = (NumericColumn)FeatureColumns.Require(frame, _columns[j], nameof(StandardScaler), ColumnKind.Numeric);
            var values = column.ToArray();
            for (var i = 0; i < values.Length; i++) values[i] = (values[i] - _means[j]) / _scales[j];
            replacements[_columns[j]] = [new NumericColumn(_columns[j], values)];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
