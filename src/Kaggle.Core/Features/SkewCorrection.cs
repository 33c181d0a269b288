namespace Kaggle.Core.Features;

/// <summary>One column a fitted <see cref="SkewCorrector"/> transforms.</summary>
/// <param name="Column">The column.</param>
/// <param name="Skewness">Its training skewness before the transform.</param>
/// <param name="Method">The transform.</param>
/// <param name="Lambda">The fitted power (NaN for log1p).</param>
public sealed record SkewCorrection(string Column, double Skewness, SkewMethod Method, double Lambda)
{
    /// <summary>The transformed value of <paramref name="x"/> (NaN outside the method's domain or for NaN).</summary>
    public double Apply(double x) => double.IsNaN(x) ? double.NaN : Method switch
    {
        SkewMethod.Log1p => x > -1 ? double.LogP1(x) : double.NaN,
        SkewMethod.BoxCox => PowerTransforms.BoxCox(x, Lambda),
        _ => PowerTransforms.YeoJohnson(x, Lambda),
    };
}
