using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Reduces the skew of numeric columns whose training skewness |g1| is at least <see cref="Threshold"/> (chosen at
/// fit time; g1 is scipy.stats.skew's biased estimate) by <see cref="Method"/>: log1p, or a Yeo-Johnson or Box-Cox
/// power transform whose lambda is fitted by maximum likelihood on the observed training values (as sklearn's
/// <c>PowerTransformer</c> with <c>standardize=False</c>; add a <see cref="StandardScaler"/> after it if wanted).
/// Columns with fewer than <see cref="MinDistinct"/> distinct training values are left alone: on counts and codes
/// (kitchens, half baths) the likelihood drives lambda to extremes that squeeze the training values together, and
/// a new value then lands far outside them once scaled. At transform time a value outside the method's domain
/// (≤ -1 for log1p, ≤ 0 for Box-Cox) becomes NaN; at fit time it is an error. NaN passes through.
/// </summary>
public sealed record SkewCorrector : IFeatureStep
{
    /// <summary>Considers the named numeric columns, or every numeric column when none are named.</summary>
    public SkewCorrector(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The candidate columns; null means every numeric column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The transform. Default <see cref="SkewMethod.YeoJohnson"/> (any sign).</summary>
    public SkewMethod Method { get; init; } = SkewMethod.YeoJohnson;

    /// <summary>Columns with |skewness| ≥ this are transformed; 0 transforms every candidate. Default 0.75.</summary>
    public double Threshold { get; init; } = 0.75;

    /// <summary>Columns with fewer distinct observed training values are not transformed. Default 10; 3 is the least that makes sense (sklearn has no such guard).</summary>
    public int MinDistinct { get; init; } = 10;

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (!(Threshold >= 0))
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be ≥ 0.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDistinct, 0);
        if (!Enum.IsDefined(Method))
            throw new ArgumentException($"SkewCorrector: unknown Method {Method}.");
        var corrections = new List<SkewCorrection>();
        foreach (var name in FeatureColumns.Resolve(train, Columns, nameof(SkewCorrector), ColumnKind.Numeric))
        {
            var observed = Statistics.Observed(train.Numeric(name).Values);
            var skew = PowerTransforms.Skewness(observed);
            if (observed.Length < 3 || Math.Abs(skew) < Threshold || skew == 0) continue;
            if (MinDistinct > 0 && observed.Distinct().Count() < MinDistinct) continue;
            corrections.Add(new SkewCorrection(name, skew, Method, FitLambda(name, observed)));
        }
        var model = new SkewCorrectorModel([.. corrections]);
        return new FittedFeatures(model, model.Transform(train));
    }

    private double FitLambda(string name, double[] observed)
    {
        var min = observed.Min();
        switch (Method)
        {
            case SkewMethod.Log1p when min <= -1:
                throw new ArgumentException($"SkewCorrector: column '{name}' has training value {min}; log1p needs values > -1 (use YeoJohnson).");
            case SkewMethod.Log1p:
                return double.NaN;
            case SkewMethod.BoxCox when min <= 0:
                throw new ArgumentException($"SkewCorrector: column '{name}' has training value {min}; Box-Cox needs values > 0 (use YeoJohnson).");
            case SkewMethod.BoxCox:
                return PowerTransforms.FitBoxCox(observed);
            default:
                return PowerTransforms.FitYeoJohnson(observed);
        }
    }
}
