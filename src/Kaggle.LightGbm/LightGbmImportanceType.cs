namespace Kaggle.LightGbm;

/// <summary>The feature-importance definitions of <c>LGBM_BoosterFeatureImportance</c>.</summary>
public enum LightGbmImportanceType
{
    /// <summary>How many splits use the feature, over all trees (<c>C_API_FEATURE_IMPORTANCE_SPLIT</c>).</summary>
    Split,

    /// <summary>The summed loss reduction of the splits on the feature (<c>C_API_FEATURE_IMPORTANCE_GAIN</c>).</summary>
    Gain,
}
