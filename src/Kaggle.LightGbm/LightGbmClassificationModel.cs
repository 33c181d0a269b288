using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.LightGbm;

/// <summary>
/// A fitted LightGBM classifier from <see cref="LightGbmClassifier"/> (<c>binary</c> or <c>multiclass</c>). It owns a
/// native booster: dispose it to free the memory at once (disposing twice is harmless); an undisposed model is freed by
/// its finalizer. Predictions use rounds 0..<see cref="BestIteration"/>.
/// </summary>
public sealed class LightGbmClassificationModel : IClassificationModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<LightGbmClassificationModel>, ITrainingLog, IDisposable
{
    private const string Tag = nameof(LightGbmClassificationModel);

    private readonly FittedLightGbm _booster;

    internal LightGbmClassificationModel(FittedLightGbm booster) => _booster = booster;

    public int FeatureCount => _booster.Facts.FeatureCount;

    public int ClassCount => _booster.Facts.ClassCount;

    /// <summary>The LightGBM objective: <c>binary</c> or <c>multiclass</c>.</summary>
    public string Objective => _booster.Facts.Objective;

    /// <summary>The 0-based boosting round predictions stop at: the best one under early stopping, otherwise the last.</summary>
    public int BestIteration => _booster.BestIteration;

    int IRoundCount.Rounds => BestIteration + 1;

    /// <summary>The first validation metric at <see cref="BestIteration"/>; NaN without a validation set.</summary>
    public double BestScore => _booster.BestScore;

    /// <summary>The first validation metric after each trained round (empty without a validation set).</summary>
    public IReadOnlyList<double> ValidationScores => _booster.ValidationScores.ToArray();

    string IValidationCurve.ValidationMetric => "validation metric (LightGBM's first)";

    /// <summary>Rounds trained, including those after <see cref="BestIteration"/> that early stopping waited through.</summary>
    public int BoostedRounds => _booster.BoostedRounds;

    public IReadOnlyList<string> TrainingLog => _booster.TrainingLog();

    /// <summary>
    /// Writes rows × <see cref="ClassCount"/> probabilities: LightGBM's p of class 1 and 1 − p for two classes, its softmax
    /// for more. With a custom objective the raw scores are turned into probabilities here (sigmoid or softmax).
    /// </summary>
    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException(
                $"destination is {destination.RowCount}x{destination.ColumnCount} but must be {x.RowCount}x{ClassCount} (rows × classes).", nameof(destination));
        var values = _booster.Predict(x);
        var raw = _booster.Facts.RawScores;
        var output = destination.Values;
        if (ClassCount == 2)
        {
            for (var i = 0; i < x.RowCount; i++)
            {
                var p = raw ? 1 / (1 + Math.Exp(-values[i])) : values[i];
                output[2 * i] = 1 - p;
                output[(2 * i) + 1] = p;
            }
            return;
        }
        values.CopyTo(output);
        if (raw)
            for (var i = 0; i < x.RowCount; i++)
                Softmax(output.Slice(i * ClassCount, ClassCount));
    }

    /// <summary>Total-gain importances scaled to sum to 1.</summary>
    public double[] FeatureImportances() => _booster.FeatureImportances();

    /// <summary>One raw score per feature (0 for features never split on): split counts or total gains.</summary>
    public double[] FeatureScores(LightGbmImportanceType type) => _booster.FeatureScores(type);

    /// <summary>Writes a <see cref="ModelFormat"/> header and LightGBM's model text.</summary>
    public void Save(Stream stream) => _booster.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>; it predicts exactly as the saved one did.</summary>
    public static LightGbmClassificationModel Load(Stream stream)
    {
        var booster = FittedLightGbm.Load(stream, Tag);
        if (booster.Facts.ClassCount >= 2)
            return new(booster);
        booster.Dispose();
        throw new InvalidDataException($"The {Tag} header says {booster.Facts.ClassCount} classes; a classifier has at least 2.");
    }

    public void Dispose() => _booster.Dispose();

    public override string ToString() => $"LightGbmClassificationModel({Objective}, {ClassCount} classes, {FeatureCount} features, {BestIteration + 1} rounds used)";

    private static void Softmax(Span<double> row)
    {
        var max = double.NegativeInfinity;
        foreach (var v in row) max = Math.Max(max, v);
        double sum = 0;
        for (var k = 0; k < row.Length; k++)
        {
            row[k] = Math.Exp(row[k] - max);
            sum += row[k];
        }
        for (var k = 0; k < row.Length; k++) row[k] /= sum;
    }
}
