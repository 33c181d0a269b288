using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.LightGbm;

/// <summary>
/// LightGBM regression: gradient-boosted trees for one real target, trained by the native library with the loss of
/// <see cref="Loss"/> (L2 by default, L1, Huber or quantile) or a <see cref="LightGbmLearner.CustomObjective"/>.
/// NaN features are missing values, routed by LightGBM's learned default directions.
/// See <see href="https://lightgbm.readthedocs.io/en/v4.6.0/Parameters.html#objective"/>.
/// </summary>
public sealed record LightGbmRegressor : LightGbmLearner, IEarlyStoppingLearner<LightGbmRegressionModel>, IRoundsLearner<LightGbmRegressionModel>
{
    /// <summary>This learner training exactly <paramref name="rounds"/> rounds, without early stopping (a refit on all rows).</summary>
    public ILearner<LightGbmRegressionModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0 };

    /// <summary>The training loss; default <see cref="LightGbmLoss.SquaredError"/>.</summary>
    public LightGbmLoss Loss { get; init; } = LightGbmLoss.SquaredError;

    /// <summary>Where the Huber loss turns from squared to absolute (LightGBM's <c>alpha</c> for <c>huber</c>); default 0.9 as in LightGBM.</summary>
    public double HuberDelta { get; init; } = 0.9;

    /// <summary>The quantile the quantile loss estimates, in (0, 1) (LightGBM's <c>alpha</c> for <c>quantile</c>); default 0.5.</summary>
    public double Quantile { get; init; } = 0.5;

    /// <summary>Fits on all rows, or on all but a held-out <see cref="LightGbmLearner.ValidationFraction"/> when <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0.</summary>
    public LightGbmRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var (objective, alpha) = Objective();
        return new LightGbmRegressionModel(Train(objective, 1, x, y, sampleWeight, null, alpha));
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) only, watching <paramref name="evaluation"/> (cross-validation
    /// passes the fold's validation rows): its first metric is recorded each round and, with
    /// <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0, drives early stopping; the model keeps the best round.
    /// </summary>
    public LightGbmRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var validation = CheckedValidation(evaluation, x.ColumnCount);
        var (objective, alpha) = Objective();
        return new LightGbmRegressionModel(Train(objective, 1, x, y, sampleWeight, validation, alpha));
    }

    private (string Objective, double? Alpha) Objective()
    {
        switch (Loss)
        {
            case LightGbmLoss.SquaredError:
                return ("regression", null);
            case LightGbmLoss.AbsoluteError:
                return ("regression_l1", null);
            case LightGbmLoss.Huber:
                if (!(HuberDelta > 0) || double.IsInfinity(HuberDelta))
                    throw new ArgumentOutOfRangeException(nameof(HuberDelta), HuberDelta, "HuberDelta must be a positive finite number.");
                return ("huber", HuberDelta);
            case LightGbmLoss.Quantile:
                if (!(Quantile > 0 && Quantile < 1))
                    throw new ArgumentOutOfRangeException(nameof(Quantile), Quantile, "Quantile must lie strictly between 0 and 1.");
                return ("quantile", Quantile);
            default:
                throw new ArgumentOutOfRangeException(nameof(Loss), Loss, "Unknown loss.");
        }
    }
}
