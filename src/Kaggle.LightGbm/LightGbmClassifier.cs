using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.LightGbm;

/// <summary>
/// LightGBM classification: gradient-boosted trees trained by the native library with <c>binary</c> (log loss) for two
/// classes and <c>multiclass</c> (softmax, one tree per class per round) for more, or a
/// <see cref="LightGbmLearner.CustomObjective"/> on the logits. Labels are class indices 0..K-1, and K is max(y) + 1.
/// NaN features are missing values. See <see href="https://lightgbm.readthedocs.io/en/v4.6.0/Parameters.html#objective"/>.
/// </summary>
public sealed record LightGbmClassifier : LightGbmLearner, IEarlyStoppingLearner<LightGbmClassificationModel>, IRoundsLearner<LightGbmClassificationModel>
{
    /// <summary>This learner training exactly <paramref name="rounds"/> rounds, without early stopping (a refit on all rows).</summary>
    public ILearner<LightGbmClassificationModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0 };

    /// <summary>Fits on all rows, or on all but a held-out <see cref="LightGbmLearner.ValidationFraction"/> when <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0.</summary>
    public LightGbmClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var classCount = Guard.ClassLabels(y);
        return new LightGbmClassificationModel(Train(ObjectiveFor(classCount), classCount, x, y, sampleWeight, null));
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) only, watching <paramref name="evaluation"/> (cross-validation
    /// passes the fold's validation rows): its first metric is recorded each round and, with
    /// <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0, drives early stopping; the model keeps the best round.
    /// Evaluation labels must be classes seen in training (0..K-1).
    /// </summary>
    public LightGbmClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var classCount = Guard.ClassLabels(y);
        var validation = CheckedValidation(evaluation, x.ColumnCount);
        for (var i = 0; i < validation.Y.Length; i++)
            if (validation.Y[i] < 0 || validation.Y[i] >= classCount || validation.Y[i] != Math.Floor(validation.Y[i]))
                throw new ArgumentException($"evaluation.Y[{i}] is {validation.Y[i]}; it must be a class index 0..{classCount - 1} seen in training.", nameof(evaluation));
        return new LightGbmClassificationModel(Train(ObjectiveFor(classCount), classCount, x, y, sampleWeight, validation));
    }

    private static string ObjectiveFor(int classCount) => classCount == 2 ? "binary" : "multiclass";
}
