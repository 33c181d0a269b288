using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.LightGbm;

/// <summary>
/// LightGBM classification: gradient-boosted trees trained by the native library with <c>binary</c> (log loss) for two
/// classes and <c>multiclass</c> (softmax, one tree per class per round) for more, or a
/// <see cref="LightGbmLearner.CustomObjective"/> on the logits. Labels are class indices 0..K-1, and K is max(y) + 1.
/// NaN features are missing values. See <see href="https://lightgbm.readthedocs.io/en/v4.6.0/Parameters.html#objective"/>.
/// </summary>
public sealed record LightGbmClassifier : LightGbmLearner, ILearner<LightGbmClassificationModel>
{
    /// <summary>Fits on all rows, or on all but a held-out <see cref="LightGbmLearner.ValidationFraction"/> when <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0.</summary>
    public LightGbmClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var classCount = Guard.ClassLabels(y);
        return new LightGbmClassificationModel(Train(ObjectiveFor(classCount), classCount, x, y, sampleWeight, null));
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) watching (<paramref name="validX"/>, <paramref name="validY"/>):
    /// its metric is recorded each round and, with <see cref="LightGbmLearner.EarlyStoppingRounds"/> &gt; 0, drives early
    /// stopping. Validation labels must be classes seen in training (0..K-1).
    /// </summary>
    public LightGbmClassificationModel FitWithValidation(
        Matrix x, ReadOnlySpan<double> y, Matrix validX, ReadOnlySpan<double> validY,
        ReadOnlySpan<double> sampleWeight = default, ReadOnlySpan<double> validWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var classCount = Guard.ClassLabels(y);
        var validation = CheckedValidation(validX, validY, validWeight, x.ColumnCount);
        for (var i = 0; i < validY.Length; i++)
            if (validY[i] < 0 || validY[i] >= classCount || validY[i] != Math.Floor(validY[i]))
                throw new ArgumentException($"validY[{i}] is {validY[i]}; it must be a class index 0..{classCount - 1} seen in training.", nameof(validY));
        return new LightGbmClassificationModel(Train(ObjectiveFor(classCount), classCount, x, y, sampleWeight, validation));
    }

    private static string ObjectiveFor(int classCount) => classCount == 2 ? "binary" : "multiclass";
}
