namespace Kaggle.LightGbm;

/// <summary>
/// The hyper-parameters <see cref="LightGbmClassifier"/> and <see cref="LightGbmRegressor"/> share, with LightGBM's own
/// names and defaults (see <see href="https://lightgbm.readthedocs.io/en/v4.6.0/Parameters.html"/>). Training is always
/// reproducible: the binding sets <c>deterministic=true</c>, <c>force_row_wise=true</c> and every seed from
/// <see cref="Seed"/>, so the same learner on the same data gives bit-identical models at any thread count.
/// </summary>
public abstract partial record LightGbmLearner
{
    /// <summary>Boosting rounds (<c>num_iterations</c>; trees per class); with early stopping, the most tried. Default 100.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>Shrinkage of each tree (<c>learning_rate</c>); default 0.1.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Leaves per tree (<c>num_leaves</c>, 2..131072); null means no limit (131072). Default 31.</summary>
    public int? MaxLeaves { get; init; } = 31;

    /// <summary>Deepest a leaf may be (<c>max_depth</c>); null (default) means no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Fewest rows in a leaf (<c>min_data_in_leaf</c>); default 20.</summary>
    public int MinChildSamples { get; init; } = 20;

    /// <summary>Smallest hessian sum in a leaf (<c>min_sum_hessian_in_leaf</c>); default 1e-3.</summary>
    public double MinChildWeight { get; init; } = 1e-3;

    /// <summary>L1 penalty on leaf values (<c>lambda_l1</c>); default 0.</summary>
    public double L1Regularization { get; init; }

    /// <summary>L2 penalty on leaf values (<c>lambda_l2</c>); default 0.</summary>
    public double L2Regularization { get; init; }

    /// <summary>A split must gain more than this (<c>min_gain_to_split</c>); default 0.</summary>
    public double MinSplitGain { get; init; }

    /// <summary>Fraction of features each tree may use (<c>feature_fraction</c>, (0, 1]); default 1.</summary>
    public double ColumnSubsample { get; init; } = 1;

    /// <summary>
    /// Fraction of rows each round's trees see, in (0, 1] (<c>bagging_fraction</c>; below 1 the binding sets
    /// <c>bagging_freq=1</c>, re-drawing the rows every round as our GBDT does). Default 1.
    /// </summary>
    public double RowSubsample { get; init; } = 1;

    /// <summary>Most value bins per feature (<c>max_bin</c>); default 255.</summary>
    public int MaxBins { get; init; } = 255;

    /// <summary>
    /// Indices of the features holding category codes (<c>categorical_feature</c>): non-negative integers below 2^31,
    /// NaN or negative for missing. LightGBM splits them by grouping categories, not by thresholds.
    /// </summary>
    public IReadOnlyList<int>? CategoricalFeatures { get; init; }

    /// <summary>
    /// Threads LightGBM uses to bin, train and predict (<c>num_threads</c>); 0 (default) means OpenMP's default, all
    /// cores. Results do not depend on it. Idle threads wait passively (see the README: <c>OMP_WAIT_POLICY</c>).
    /// </summary>
    public int Threads { get; init; }

    /// <summary>Seed of every LightGBM random choice (<c>seed</c>) and of the early-stopping hold-out; default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Metrics LightGBM evaluates on the validation set (<c>metric</c>, e.g. <c>auc</c>, <c>binary_logloss</c>,
    /// <c>l2</c>; several separated by commas, the first drives early stopping). Null (default) takes the objective's
    /// own metric. <c>auc</c>, <c>average_precision</c>, <c>ndcg</c>, <c>map</c> and <c>auc_mu</c> are maximized, others minimized.
    /// </summary>
    public string? EvalMetric { get; init; }

    /// <summary>
    /// Stop when the first validation metric has not improved for this many rounds and keep the best round; 0 (default)
    /// trains all <see cref="Rounds"/>. The validation rows are the <c>EvaluationSet</c> given to <c>Fit</c> (cross-validation passes the fold's own with <c>ModelSpec.EarlyStopping</c>); otherwise
    /// <see cref="ValidationFraction"/> of the rows, drawn with <see cref="Seed"/>, are held out from training.
    /// </summary>
    public int EarlyStoppingRounds { get; init; }

    /// <summary>Fraction of rows held out for early stopping when no validation set is given; default 0.1.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>
    /// A custom training loss (LightGBM's <c>LGBM_BoosterUpdateOneIterCustom</c>): when set, it replaces the built-in
    /// objective, the model predicts from raw scores, and early stopping needs an <see cref="EvalMetric"/>.
    /// </summary>
    public ILightGbmObjective? CustomObjective { get; init; }

    /// <summary>
    /// Any other LightGBM parameters, in LightGBM's own form: <c>name=value</c> pairs separated by spaces, e.g.
    /// <c>"cat_smooth=5 extra_trees=true"</c>. A name a typed property sets is an error, and so is a name LightGBM does
    /// not know (LightGBM itself would only warn). Default empty.
    /// </summary>
    public string ExtraParameters { get; init; } = "";
}
