using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Histogram gradient boosting for classification, LightGBM's algorithm (Ke et al., 2017;
/// https://papers.nips.cc/paper/6907-lightgbm-a-highly-efficient-gradient-boosting-decision-tree): binary log-loss
/// with one tree per round, or softmax with one tree per class per round. Features are binned once (≤
/// <see cref="MaxBins"/> quantile bins); trees grow leaf-wise up to <see cref="MaxLeaves"/> leaves with histogram
/// subtraction; NaN gets a learned side at every split; features listed in <see cref="CategoricalFeatures"/> (values
/// 0, 1, 2, … as doubles) are split by gradient-sorted category sets. Bit-identical at any thread count for a seed.
/// <para>
/// Early stopping: <see cref="FitWithValidation"/> evaluates the log-loss on a given set after every round; or set
/// <see cref="ValidationFraction"/> and <see cref="EarlyStoppingRounds"/> and <see cref="Fit"/> holds out a seeded
/// random fraction of the rows. Either way training stops after <see cref="EarlyStoppingRounds"/> rounds without
/// improvement (0: never) and the model keeps the best round.
/// </para>
/// </summary>
public sealed record HistGradientBoostingClassifier : ILearner<HistGradientBoostingClassificationModel>
{
    /// <summary>Boosting rounds (trees per class), the most when early stopping.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>Shrinkage of every tree's leaf values, in (0, ∞).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Leaves per tree (≥ 2); null for no limit (then bound <see cref="MaxDepth"/> for depth-wise trees).</summary>
    public int? MaxLeaves { get; init; } = 31;

    /// <summary>The deepest a leaf may be; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Fewest rows in a leaf (LightGBM's <c>min_data_in_leaf</c>).</summary>
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

    /// <summary>With <see cref="EarlyStoppingRounds"/> &gt; 0, <see cref="Fit"/> holds out this fraction of rows for validation; 0 holds out none.</summary>
    public double ValidationFraction { get; init; }

    /// <summary>Per-class multipliers of the sample weights (e.g. n/(K·n_k) to balance classes); null weighs classes equally.</summary>
    public IReadOnlyList<double>? ClassWeights { get; init; }

    /// <summary>Threads; 0 uses every core.</summary>
    public int Threads { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Fits on all rows, or on all but a held-out <see cref="ValidationFraction"/> when early stopping is set up.</summary>
    public HistGradientBoostingClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var (options, classCount, w) = Prepare(x, y, sampleWeight);
        var yArray = y.ToArray();
        if (EarlyStoppingRounds > 0 && ValidationFraction > 0)
        {
            var (tx, ty, tw, validation) = BoostingSetup.Holdout(x, yArray, w, ValidationFraction, Seed);
            return Train(tx, ty, tw, validation, options, classCount);
        }
        return Train(x, yArray, w, null, options, classCount);
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) and evaluates the log-loss on
    /// (<paramref name="validX"/>, <paramref name="validY"/>) after every round; the model keeps the round with the
    /// lowest validation loss, stopping early after <see cref="EarlyStoppingRounds"/> rounds without improvement.
    /// </summary>
    public HistGradientBoostingClassificationModel FitWithValidation(
        Matrix x, ReadOnlySpan<double> y, Matrix validX, ReadOnlySpan<double> validY,
        ReadOnlySpan<double> sampleWeight = default, ReadOnlySpan<double> validWeight = default)
    {
        var (options, classCount, w) = Prepare(x, y, sampleWeight);
        Guard.TrainingSet(validX, validY, validWeight);
        Guard.PredictionSet(validX, x.ColumnCount);
        for (var i = 0; i < validY.Length; i++)
            if (validY[i] < 0 || validY[i] >= classCount || validY[i] != Math.Floor(validY[i]))
                throw new ArgumentException($"validY[{i}] is {validY[i]}; the training labels are the classes 0..{classCount - 1}.", nameof(validY));
        var validation = new Booster.Validation(validX, validY.ToArray(), BoostingSetup.Weights(validWeight, validY, ClassWeights, classCount));
        return Train(x, y.ToArray(), w, validation, options, classCount);
    }

    private (BoostingOptions Options, int ClassCount, double[] Weights) Prepare(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight);
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
        var classCount = Guard.ClassLabels(y);
        options = options with
        {
            Threads = TreeFitting.ResolveThreads(Threads),
            Categorical = BoostingSetup.CategoricalFlags(CategoricalFeatures, x.ColumnCount),
        };
        return (options, classCount, BoostingSetup.Weights(sampleWeight, y, ClassWeights, classCount));
    }

    private static HistGradientBoostingClassificationModel Train(
        Matrix x, double[] y, double[] w, Booster.Validation? validation, BoostingOptions options, int classCount)
    {
        BoostingObjective objective = classCount == 2 ? new LogisticObjective() : new SoftmaxObjective(classCount);
        var result = Booster.Fit(x, y, w, validation, objective, options);
        return new HistGradientBoostingClassificationModel(result.Ensemble, classCount, result.ValidationLoss);
    }
}
