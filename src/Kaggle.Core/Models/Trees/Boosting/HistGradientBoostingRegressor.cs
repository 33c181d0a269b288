using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Histogram gradient boosting for regression, LightGBM's algorithm (Ke et al., 2017;
/// https://papers.nips.cc/paper/6907-lightgbm-a-highly-efficient-gradient-boosting-decision-tree) with squared,
/// absolute or Huber <see cref="Loss"/>. The hyper-parameters, missing-value and categorical handling, and early
/// stopping (<see cref="Fit(Matrix, ReadOnlySpan{double}, EvaluationSet, ReadOnlySpan{double})"/>, or <see cref="HistGradientBoostingSettings.ValidationFraction"/> with <see cref="HistGradientBoostingSettings.EarlyStoppingRounds"/>)
/// are those of <see cref="HistGradientBoostingClassifier"/>; the validation loss is the training loss.
/// </summary>
public sealed record HistGradientBoostingRegressor : HistGradientBoostingSettings, IEarlyStoppingLearner<HistGradientBoostingRegressionModel>, IRoundsLearner<HistGradientBoostingRegressionModel>
{
    /// <summary>This learner with <see cref="HistGradientBoostingSettings.Rounds"/> = <paramref name="rounds"/>, early stopping and its hold-out off.</summary>
    public ILearner<HistGradientBoostingRegressionModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0, ValidationFraction = 0 };

    public RegressionLoss Loss { get; init; } = RegressionLoss.SquaredError;

    /// <summary>Where the Huber loss turns from squared to absolute (> 0).</summary>
    public double HuberDelta { get; init; } = 1.0;

    /// <summary>Fits on all rows, or on all but a held-out <see cref="HistGradientBoostingSettings.ValidationFraction"/> when early stopping is set up.</summary>
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

    /// <summary>Fits on (x, y) and keeps the round with the lowest loss on <paramref name="evaluation"/>, stopping early after <see cref="HistGradientBoostingSettings.EarlyStoppingRounds"/> rounds without improvement.</summary>
    public HistGradientBoostingRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
    {
        var options = Prepare(x, y, sampleWeight);
        var (validX, validY) = BoostingSetup.CheckEvaluation(evaluation, x.ColumnCount);
        var validation = new Booster.Validation(validX, validY, TreeFitting.Weights(evaluation.SampleWeight, validX.RowCount));
        return Train(x, y.ToArray(), TreeFitting.Weights(sampleWeight, x.RowCount), validation, options);
    }

    private BoostingOptions Prepare(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var options = Options(x);
        if (!(HuberDelta > 0) || double.IsInfinity(HuberDelta))
            throw new ArgumentOutOfRangeException(nameof(HuberDelta), HuberDelta, "HuberDelta must be a positive finite number.");
        return options;
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
