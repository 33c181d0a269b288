using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Histogram gradient boosting for regression, LightGBM's algorithm (Ke et al., 2017;
/// https://papers.nips.cc/paper/6907-lightgbm-a-highly-efficient-gradient-boosting-decision-tree) with squared,
/// absolute or Huber <see cref="Loss"/>. The hyper-parameters, missing-value and categorical handling, and early
/// stopping (<see cref="FitWithValidation"/>, or <see cref="ValidationFraction"/> with <see cref="EarlyStoppingRounds"/>)
/// are those of <see cref="HistGradientBoostingClassifier"/>; the validation loss is the training loss.
/// </summary>
public sealed record HistGradientBoostingRegressor : ILearner<HistGradientBoostingRegressionModel>
{
    public RegressionLoss Loss { get; init; } = RegressionLoss.SquaredError;

    /// <summary>Where the Huber loss turns from squared to absolute (> 0).</summary>
    public double HuberDelta { get; init; } = 1.0;

    /// <summary>Boosting rounds, the most when early stopping.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>Shrinkage of every tree's leaf values, in (0, ∞).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Leaves per tree (≥ 2); null for no limit (then bound <see cref="MaxDepth"/>).</summary>
    public int? MaxLeaves { get; init; } = 31;

    /// <summary>The deepest a leaf may be; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Fewest rows in a leaf.</summary>
    public int MinChildSamples { get; init; } = 20;

    /// <summary>Smallest hessian sum (for these losses, weight sum) in a leaf.</summary>
    public double MinChildWeight { get; init; } = 1e-3;

    /// <summary>L2 penalty λ on leaf values: a leaf's value is −G/(H + λ).</summary>
    public double L2Regularization { get; init; }

    /// <summary>A split must gain more than this.</summary>
    public double MinSplitGain { get; init; }

    /// <summary>Fraction of rows each round's tree sees (bagging), in (0, 1].</summary>
    public double RowSubsample { get; init; } = 1;

    /// <summary>Fraction of features each tree may split on, in (0, 1].</summary>
    public double ColumnSubsample { get; init; } = 1;

    /// <summary>Value bins per feature, 2..255.</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    /// <summary>Indices of the features holding category codes (non-negative integers, NaN for missing).</summary>
    public IReadOnlyList<int>? CategoricalFeatures { get; init; }

    /// <summary>Most categories on the left of a categorical split.</summary>
    public int MaxCategoriesInSplit { get; init; } = 32;

    /// <summary>Added to each category's hessian when categories are ordered by G/H.</summary>
    public double CategoricalSmoothing { get; init; } = 10;

    /// <summary>Extra L2 penalty for categorical splits.</summary>
    public double CategoricalL2 { get; init; } = 10;

    /// <summary>Stop after this many rounds without a better validation loss; 0 never stops early.</summary>
    public int EarlyStoppingRounds { get; init; }

    /// <summary>With <see cref="EarlyStoppingRounds"/> &gt; 0, <see cref="Fit"/> holds out this fraction of rows for validation.</summary>
    public double ValidationFraction { get; init; }

    /// <summary>Threads; 0 uses every core.</summary>
    public int Threads { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Fits on all rows, or on all but a held-out <see cref="ValidationFraction"/> when early stopping is set up.</summary>
    public HistGradientBoostingRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var options = Prepare(x, y, sampleWeight);
        var w = TreeFitting.Weights(sampleWeight, x.RowCount);
        if (EarlyStoppingRounds > 0 && ValidationFraction > 0)
        {
            var (tx, ty, tw, validation) = BoostingSetup.Holdout(x, y.ToArray(), w, ValidationFraction, Seed);
            return Train(tx, ty, tw, validation, options);
        }
        return Train(x, y.ToArray(), w, null, options);
    }

    /// <summary>Fits on (x, y) and keeps the round with the lowest loss on (validX, validY), stopping early after <see cref="EarlyStoppingRounds"/> rounds without improvement.</summary>
    public HistGradientBoostingRegressionModel FitWithValidation(
        Matrix x, ReadOnlySpan<double> y, Matrix validX, ReadOnlySpan<double> validY,
        ReadOnlySpan<double> sampleWeight = default, ReadOnlySpan<double> validWeight = default)
    {
        var options = Prepare(x, y, sampleWeight);
        Guard.TrainingSet(validX, validY, validWeight);
        Guard.PredictionSet(validX, x.ColumnCount);
        var validation = new Booster.Validation(validX, validY.ToArray(), TreeFitting.Weights(validWeight, validX.RowCount));
        return Train(x, y.ToArray(), TreeFitting.Weights(sampleWeight, x.RowCount), validation, options);
    }

    private BoostingOptions Prepare(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
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
        if (!(HuberDelta > 0) || double.IsInfinity(HuberDelta))
            throw new ArgumentOutOfRangeException(nameof(HuberDelta), HuberDelta, "HuberDelta must be a positive finite number.");
        return options with
        {
            Threads = TreeFitting.ResolveThreads(Threads),
            Categorical = BoostingSetup.CategoricalFlags(CategoricalFeatures, x.ColumnCount),
        };
    }

    private HistGradientBoostingRegressionModel Train(Matrix x, double[] y, double[] w, Booster.Validation? validation, BoostingOptions options)
    {
        BoostingObjective objective = Loss switch
        {
            RegressionLoss.AbsoluteError => new AbsoluteErrorObjective(),
            RegressionLoss.Huber => new HuberObjective(HuberDelta),
            _ => new SquaredErrorObjective(),
        };
        var result = Booster.Fit(x, y, w, validation, objective, options);
        return new HistGradientBoostingRegressionModel(result.Ensemble, result.ValidationLoss);
    }
}
