namespace Kaggle.Core.Features;

/// <summary>The transform <see cref="SkewCorrector"/> applies to a skewed column.</summary>
public enum SkewMethod
{
    /// <summary><c>log(1 + x)</c>: needs x &gt; -1. The classic fix for right-skewed areas and prices.</summary>
    Log1p,

    /// <summary>Yeo-Johnson power transform, any real x; lambda by maximum likelihood. https://doi.org/10.1093/biomet/87.4.954</summary>
    YeoJohnson,

    /// <summary>Box-Cox power transform, x &gt; 0 only; lambda by maximum likelihood. https://en.wikipedia.org/wiki/Power_transform#Box%E2%80%93Cox_transformation</summary>
    BoxCox,
}
