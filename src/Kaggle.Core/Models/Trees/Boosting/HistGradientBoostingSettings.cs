using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The hyper-parameters that <see cref="HistGradientBoostingClassifier"/> and <see cref="HistGradientBoostingRegressor"/>
/// share (LightGBM's defaults), and their translation into the booster's checked options. The knobs XGBoost also has
/// (rounds, learning rate, depth, leaves, child weight, L2, row and column subsample, bins, early stopping, threads,
/// seed) carry the same names in <c>Kaggle.XGBoost.XGBoostLearner</c>, and "no limit" is null in both.
/// </summary>
public abstract record HistGradientBoostingSettings
{
    /// <summary>Boosting rounds (for classifiers, trees per class), the most when early stopping.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>Shrinkage of every tree's leaf values, in (0, ∞).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Leaves per tree (≥ 2); null for no limit (then bound <see cref="MaxDepth"/> for depth-wise trees).</summary>
    public int? MaxLeaves { get; init; } = 31;

    /// <summary>The deepest a leaf may be; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>
    /// Fewest rows in a leaf (LightGBM's <c>min_data_in_leaf</c>). As in LightGBM, the rows on each side of a candidate
    /// split are estimated from its share of the hessian sum (exact while all rows have equal hessians).
    /// </summary>
    public int MinChildSamples { get; init; } = 20;

    /// <summary>Smallest hessian sum in a leaf (LightGBM's <c>min_sum_hessian_in_leaf</c>).</summary>
    public double MinChildWeight { get; init; } = 1e-3;

    /// <summary>L2 penalty λ on leaf values: a leaf's value is −G/(H + λ).</summary>
    public double L2Regularization { get; init; }

    /// <summary>A split must gain more than this.</summary>
    public double MinSplitGain { get; init; }

    /// <summary>Fraction of rows each round's trees see (bagging), in (0, 1].</summary>
    public double RowSubsample { get; init; } = 1;

    /// <summary>Fraction of features each tree may split on, in (0, 1].</summary>
    public double ColumnSubsample { get; init; } = 1;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    /// <summary>Indices of the features holding category codes (non-negative integers, NaN for missing).</summary>
    public IReadOnlyList<int>? CategoricalFeatures { get; init; }

    /// <summary>Most categories on the left of a categorical split (LightGBM's <c>max_cat_threshold</c>).</summary>
    public int MaxCategoriesInSplit { get; init; } = 32;

    /// <summary>Added to each category's hessian when categories are ordered by G/H (LightGBM's <c>cat_smooth</c>).</summary>
    public double CategoricalSmoothing { get; init; } = 10;

    /// <summary>Extra L2 penalty for categorical splits (LightGBM's <c>cat_l2</c>).</summary>
    public double CategoricalL2 { get; init; } = 10;

    /// <summary>Stop after this many rounds without a better validation loss; 0 never stops early.</summary>
    public int EarlyStoppingRounds { get; init; }

    /// <summary>With <see cref="EarlyStoppingRounds"/> &gt; 0, <c>Fit</c> holds out this fraction of rows for validation; 0 holds out none.</summary>
    public double ValidationFraction { get; init; }

    /// <summary>Threads; 0 uses every core.</summary>
    public int Threads { get; init; }

    /// <summary>Seed of row and column subsampling and of the early-stopping hold-out; default 42, as every learner here.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The booster's options for a training set of <paramref name="x"/>'s width, checked, with threads resolved.</summary>
    private protected BoostingOptions Options(Matrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var options = new BoostingOptions
        {
            Rounds = Rounds, LearningRate = LearningRate, MaxLeaves = BoostingSetup.Unlimited(MaxLeaves),
            MaxDepth = BoostingSetup.Unlimited(MaxDepth), MinChildSamples = MinChildSamples, MinChildWeight = MinChildWeight,
            L2Regularization = L2Regularization, MinSplitGain = MinSplitGain, RowSubsample = RowSubsample,
            ColumnSubsample = ColumnSubsample, MaxBins = MaxBins, MaxCategoriesInSplit = MaxCategoriesInSplit,
            CategoricalSmoothing = CategoricalSmoothing, CategoricalL2 = CategoricalL2, EarlyStoppingRounds = EarlyStoppingRounds,
            ValidationFraction = ValidationFraction, Seed = Seed,
        };
        BoostingSetup.Check(options, CategoricalFeatures, x.ColumnCount);
        return options with
        {
            Threads = TreeFitting.ResolveThreads(Threads),
            Categorical = BoostingSetup.CategoricalFlags(CategoricalFeatures, x.ColumnCount),
        };
    }
}
