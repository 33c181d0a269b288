namespace Kaggle.LightGbm;

/// <summary>The regression losses of <see cref="LightGbmRegressor"/> (LightGBM's <c>objective</c>).</summary>
public enum LightGbmLoss
{
    /// <summary><c>regression</c>: ½(prediction − y)² (L2); predicts the conditional mean.</summary>
    SquaredError,

    /// <summary><c>regression_l1</c>: |prediction − y| (L1); predicts the conditional median.</summary>
    AbsoluteError,

    /// <summary><c>huber</c>: squared within <see cref="LightGbmRegressor.HuberDelta"/> of y, absolute beyond.</summary>
    Huber,

    /// <summary><c>quantile</c>: the pinball loss of <see cref="LightGbmRegressor.Quantile"/>; predicts that conditional quantile.</summary>
    Quantile,
}
