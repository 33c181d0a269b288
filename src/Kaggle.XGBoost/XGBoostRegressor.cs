using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.XGBoost;

/// <summary>
/// XGBoost regression (and ranking): gradient-boosted trees for one real target, trained by the native library.
/// <see cref="Objective"/> picks the loss: <c>reg:squarederror</c> (default), <c>reg:absoluteerror</c>,
/// <c>reg:pseudohubererror</c>, <c>count:poisson</c>, <c>reg:gamma</c>, <c>reg:tweedie</c>, <c>reg:logistic</c>, or a
/// ranking objective such as <c>rank:pairwise</c> (query groups through <see cref="Fit(XGBoostDataSet, XGBoostDataSet?)"/>).
/// NaN features are missing values, routed by XGBoost's learned default directions.
/// See <see href="https://xgboost.readthedocs.io/en/release_1.7.0/parameter.html#learning-task-parameters"/>.
/// </summary>
public sealed record XGBoostRegressor : XGBoostLearner, IEarlyStoppingLearner<XGBoostModel>, IRoundsLearner<XGBoostModel>
{
    /// <summary>This learner training exactly <paramref name="rounds"/> rounds, without early stopping (a refit on all rows).</summary>
    public ILearner<XGBoostModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0 };

    /// <summary>The XGBoost objective (<c>objective</c>); default <c>reg:squarederror</c>. Multi-class objectives belong to <see cref="XGBoostClassifier"/>.</summary>
    public string Objective { get; init; } = "reg:squarederror";

    /// <summary>Fits on <paramref name="x"/> (rows × features, NaN = missing) and <paramref name="y"/>; ranking objectives see all rows as one query group.</summary>
    public XGBoostModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        CheckObjective();
        return new XGBoostModel(Train(Objective, 1, x, y, sampleWeight, null, null));
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) watching <paramref name="evaluation"/>: with
    /// <see cref="XGBoostLearner.EarlyStoppingRounds"/> &gt; 0 the model keeps the best round on it (the cross-validation entry point).
    /// </summary>
    public XGBoostModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        CheckObjective();
        return new XGBoostModel(Train(Objective, 1, x, y, sampleWeight, null, Watched(evaluation)));
    }

    /// <summary>
    /// Fits on <paramref name="training"/> (with its weights and query groups), watching <paramref name="validation"/>
    /// when given: its metric is recorded each round and, with <see cref="XGBoostLearner.EarlyStoppingRounds"/> &gt; 0,
    /// drives early stopping. Without a validation set this is <see cref="Fit(Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/> plus groups.
    /// </summary>
    public XGBoostModel Fit(XGBoostDataSet training, XGBoostDataSet? validation = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        Guard.TrainingSet(training.X, training.Y, training.SampleWeight);
        CheckObjective();
        return new XGBoostModel(Train(Objective, 1, training.X, training.Y, training.SampleWeight, training.GroupSizes, validation));
    }

    private void CheckObjective()
    {
        if (string.IsNullOrWhiteSpace(Objective))
            throw new ArgumentException("Objective is empty; give an XGBoost objective such as reg:squarederror.", nameof(Objective));
        if (Objective.StartsWith("multi:", StringComparison.Ordinal))
            throw new ArgumentException($"Objective {Objective} is multi-class; use XGBoostClassifier, which sets it and num_class itself.", nameof(Objective));
    }
}
