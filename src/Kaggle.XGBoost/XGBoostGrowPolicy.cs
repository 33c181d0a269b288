namespace Kaggle.XGBoost;

/// <summary>How XGBoost grows each tree (its <c>grow_policy</c> parameter; used by the hist and approx tree methods).</summary>
public enum XGBoostGrowPolicy
{
    /// <summary><c>depthwise</c>: split every node of a level before the next level, up to <c>MaxDepth</c> (XGBoost's default).</summary>
    DepthWise,

    /// <summary><c>lossguide</c>: always split the leaf with the largest loss reduction, up to <c>MaxLeaves</c> (LightGBM's leaf-wise growth).</summary>
    LossGuide,
}
