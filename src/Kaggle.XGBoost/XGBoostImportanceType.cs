namespace Kaggle.XGBoost;

/// <summary>The feature-importance definitions of <c>XGBoosterFeatureScore</c>.</summary>
public enum XGBoostImportanceType
{
    /// <summary><c>weight</c>: how many splits use the feature, over all trees.</summary>
    Weight,

    /// <summary><c>gain</c>: the average loss reduction of the splits on the feature (scikit-learn wrapper's default).</summary>
    Gain,

    /// <summary><c>cover</c>: the average hessian sum of the rows reaching the splits on the feature.</summary>
    Cover,

    /// <summary><c>total_gain</c>: the summed loss reduction of the splits on the feature.</summary>
    TotalGain,

    /// <summary><c>total_cover</c>: the summed hessian cover of the splits on the feature.</summary>
    TotalCover,
}
