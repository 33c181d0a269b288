namespace Kaggle.XGBoost;

/// <summary>XGBoost's split-finding algorithm (its <c>tree_method</c> parameter).</summary>
public enum XGBoostTreeMethod
{
    /// <summary><c>hist</c>: features bucketed into at most <c>MaxBins</c> quantile bins once, histograms per node; the fast default here.</summary>
    Hist,

    /// <summary><c>approx</c>: quantile sketch rebuilt every iteration from the hessian-weighted data.</summary>
    Approx,

    /// <summary><c>exact</c>: every distinct value is a candidate split (slow; small data only; ignores <c>MaxBins</c>).</summary>
    Exact,
}
