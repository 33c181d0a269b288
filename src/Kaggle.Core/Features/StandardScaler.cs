using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Standardises numeric columns to <c>(x - mean) / std</c> with the mean and population standard deviation
/// (ddof 0) of the observed training values, as sklearn's <c>StandardScaler</c>. A zero-variance column is only
/// centred (scale 1), never divided by zero; NaN passes through as NaN.
/// </summary>
public sealed record StandardScaler : IFeatureStep
{
    /// <summary>Scales the named numeric columns, or every numeric column when none are named.</summary>
    public StandardScaler(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to scale; null means every numeric column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Subtracts the mean. Default true.</summary>
    public bool WithMean { get; init; } = true;

    /// <summary>Divides by the standard deviation. Default true.</summary>
    public bool WithStd { get; init; } = true;

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = FeatureColumns.Resolve(train, Columns, nameof(StandardScaler), ColumnKind.Numeric);
        var means = new double[names.Length];
        var scales = new double[names.Length];
        for (var j = 0; j < names.Length; j++)
        {
            var values = train.Numeric(names[j]).Values;
            var mean = Statistics.Mean(values);
            var std = Math.Sqrt(Statistics.Variance(values, mean));
            // A column with no observed value is left as it is; a constant one is centred only.
            means[j] = WithMean && !double.IsNaN(mean) ? mean : 0;
            scales[j] = WithStd && std > 0 ? std : 1;
        }
        var model = new StandardScalerModel(names, means, scales);
        return new FittedFeatures(model, model.Transform(train));
    }
}
