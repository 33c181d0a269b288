namespace Kaggle.Core.Models.Trees;

/// <summary>How a boosted model measures a feature's importance (LightGBM's <c>importance_type</c>).</summary>
public enum ImportanceType
{
    /// <summary>Total loss reduction of the splits on the feature.</summary>
    Gain,

    /// <summary>Number of splits on the feature.</summary>
    Split,
}
