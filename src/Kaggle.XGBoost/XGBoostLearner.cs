namespace Kaggle.XGBoost;

/// <summary>
/// The hyper-parameters shared by <see cref="XGBoostRegressor"/> and <see cref="XGBoostClassifier"/>: gradient-boosted
/// trees trained by the native XGBoost library (<see href="https://xgboost.readthedocs.io/en/release_1.7.0/parameter.html"/>).
/// Defaults are XGBoost 1.7's own, except <see cref="TreeMethod"/> (hist), <see cref="Rounds"/> (100, as its
/// scikit-learn wrapper) and <see cref="Seed"/> (42, as every learner here). Knobs shared with our histogram GBDT
/// (<c>HistGradientBoostingSettings</c>) carry the same names and the same "no limit" convention (null), whatever
/// XGBoost calls them natively; the native name is given in each summary. Values are passed to XGBoost as given and checked by XGBoost when the fit starts;
/// an invalid one fails the fit with an <see cref="XGBoostException"/> carrying XGBoost's message.
/// </summary>
public abstract partial record XGBoostLearner
{
    private protected XGBoostLearner()
    {
    }

    /// <summary>Shrinkage of each tree's contribution (<c>eta</c>, alias <c>learning_rate</c>); default 0.3.</summary>
    public double LearningRate { get; init; } = 0.3;

    /// <summary>Maximum tree depth (<c>max_depth</c>); null means no limit (lossguide only; sent as XGBoost's 0); default 6.</summary>
    public int? MaxDepth { get; init; } = 6;

    /// <summary>Maximum leaves per tree (<c>max_leaves</c>); null (default) means no limit (sent as XGBoost's 0).</summary>
    public int? MaxLeaves { get; init; }

    /// <summary>Depth-wise or loss-guided (leaf-wise) growth (<c>grow_policy</c>); default depth-wise.</summary>
    public XGBoostGrowPolicy GrowPolicy { get; init; } = XGBoostGrowPolicy.DepthWise;

    /// <summary>Fraction of rows sampled, without replacement, for each tree (<c>subsample</c>); default 1.</summary>
    public double RowSubsample { get; init; } = 1;

    /// <summary>Fraction of columns sampled for each tree (<c>colsample_bytree</c>); default 1.</summary>
    public double ColumnSubsample { get; init; } = 1;

    /// <summary>L2 regularization of leaf weights (<c>lambda</c>, alias <c>reg_lambda</c>); default 1.</summary>
    public double L2Regularization { get; init; } = 1;

    /// <summary>L1 regularization of leaf weights (<c>alpha</c>, alias <c>reg_alpha</c>); default 0.</summary>
    public double L1Regularization { get; init; }

    /// <summary>Minimum hessian sum in a child (<c>min_child_weight</c>); default 1.</summary>
    public double MinChildWeight { get; init; } = 1;

    /// <summary>Split-finding algorithm (<c>tree_method</c>); default hist.</summary>
    public XGBoostTreeMethod TreeMethod { get; init; } = XGBoostTreeMethod.Hist;

    /// <summary>Maximum histogram bins per feature (<c>max_bin</c>, hist and approx only); default 256.</summary>
    public int MaxBins { get; init; } = 256;

    /// <summary>Boosting rounds (trees per class); with early stopping, the most rounds tried. Default 100.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>
    /// Threads XGBoost uses (<c>nthread</c>) for building the data matrix, training and prediction; 0 (default) means
    /// all cores. Results do not depend on it: XGBoost 1.7's hist training is bit-for-bit deterministic at any thread count.
    /// </summary>
    public int Threads { get; init; }

    /// <summary>Seed of XGBoost's row and column sampling (<c>seed</c>), and of the early-stopping hold-out split; default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// Metric watched for early stopping (<c>eval_metric</c>, e.g. <c>logloss</c>, <c>auc</c>, <c>rmse</c>, <c>ndcg</c>);
    /// null (default) lets XGBoost pick the objective's default. auc, aucpr, map, ndcg and pre are maximized, others minimized.
    /// </summary>
    public string? EvalMetric { get; init; }

    /// <summary>
    /// Stop when the validation metric has not improved for this many rounds and keep the best round; 0 (default) trains
    /// all <see cref="Rounds"/>. The validation set is the one given to <c>Fit(training, validation)</c>; when none is
    /// given, <see cref="ValidationFraction"/> of the rows, drawn with <see cref="Seed"/>, are held out from training.
    /// </summary>
    public int EarlyStoppingRounds { get; init; }

    /// <summary>Fraction of rows held out for early stopping when no validation set is given; default 0.1.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Any other XGBoost parameter, passed verbatim; a name already covered by a typed property is an error.</summary>
    public XGBoostParameters Parameters { get; init; } = XGBoostParameters.Empty;
}
