using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.XGBoost;

/// <summary>
/// XGBoost classification: gradient-boosted trees trained by the native library with <c>binary:logistic</c> for two
/// classes and <c>multi:softprob</c> (one tree per class per round) for more. Labels are class indices 0..K-1, and K is
/// max(y) + 1. NaN features are missing values, routed by XGBoost's learned default directions.
/// See <see href="https://xgboost.readthedocs.io/en/release_1.7.0/parameter.html#learning-task-parameters"/>.
/// </summary>
public sealed record XGBoostClassifier : XGBoostLearner, IEarlyStoppingLearner<XGBoostClassificationModel>, IRoundsLearner<XGBoostClassificationModel>
{
    /// <summary>This learner training exactly <paramref name="rounds"/> rounds, without early stopping (a refit on all rows).</summary>
    public ILearner<XGBoostClassificationModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0 };

    /// <summary>Fits on <paramref name="x"/> (rows × features, NaN = missing) and class labels <paramref name="y"/>.</summary>
    public XGBoostClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var classCount = Guard.ClassLabels(y);
        return new XGBoostClassificationModel(Train(ObjectiveFor(classCount), classCount, x, y, sampleWeight, null, null));
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) watching <paramref name="evaluation"/>: with
    /// <see cref="XGBoostLearner.EarlyStoppingRounds"/> &gt; 0 the model keeps the best round on it (the cross-validation entry point).
    /// </summary>
    public XGBoostClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default) =>
        Fit(new XGBoostDataSet(x, y.ToArray()) { SampleWeight = sampleWeight.IsEmpty ? null : sampleWeight.ToArray() }, Watched(evaluation));

    /// <summary>
    /// Fits on <paramref name="training"/>, watching <paramref name="validation"/> when given: its metric is recorded each
    /// round and, with <see cref="XGBoostLearner.EarlyStoppingRounds"/> &gt; 0, drives early stopping. Validation labels
    /// must be classes seen in training (0..K-1).
    /// </summary>
    public XGBoostClassificationModel Fit(XGBoostDataSet training, XGBoostDataSet? validation = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        Guard.TrainingSet(training.X, training.Y, training.SampleWeight);
        if (training.GroupSizes is not null)
            throw new ArgumentException("Query groups are for ranking objectives; use XGBoostRegressor with a rank: objective.", nameof(training));
        var classCount = Guard.ClassLabels(training.Y);
        if (validation?.Y is { } labels)
            for (var i = 0; i < labels.Length; i++)
                if (labels[i] < 0 || labels[i] >= classCount || labels[i] != Math.Floor(labels[i]))
                    throw new ArgumentException($"validation.Y[{i}] is {labels[i]}; it must be a class index 0..{classCount - 1} seen in training.", nameof(validation));
        return new XGBoostClassificationModel(Train(ObjectiveFor(classCount), classCount, training.X, training.Y, training.SampleWeight, null, validation));
    }

    /// <summary>
    /// Trains on a DMatrix built by the caller (labels set), without a validation set: the benchmark's seam for feeding
    /// float32 data straight to <c>XGDMatrixCreateFromMat</c> and timing the boosting loop alone.
    /// </summary>
    internal XGBoostClassificationModel Fit(Native.DMatrix train, int classCount)
    {
        XGBoostLibrary.EnsureLoaded();
        var parameters = BoosterParameters(ObjectiveFor(classCount), classCount);
        var info = new FittedBooster.Info(train.ColumnCount, classCount, ObjectiveFor(classCount), Threads);
        return new XGBoostClassificationModel(BoosterTraining.Run(parameters, train, null, Rounds, 0, info));
    }

    private static string ObjectiveFor(int classCount) => classCount == 2 ? "binary:logistic" : "multi:softprob";
}
