namespace Kaggle.Core.Models.Trees;

/// <summary>The loss a <see cref="HistGradientBoostingRegressor"/> minimises.</summary>
public enum RegressionLoss
{
    /// <summary>½(prediction − y)² (L2); starts from the weighted mean.</summary>
    SquaredError,

    /// <summary>|prediction − y| (L1); starts from the weighted median, leaves refitted to residual medians.</summary>
    AbsoluteError,

    /// <summary>Huber loss: squared within <see cref="HistGradientBoostingRegressor.HuberDelta"/> of y, absolute beyond; starts from the median.</summary>
    Huber,
}
