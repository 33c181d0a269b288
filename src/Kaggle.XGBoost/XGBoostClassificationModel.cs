using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.XGBoost;

/// <summary>
/// A fitted XGBoost classifier from <see cref="XGBoostClassifier"/> (<c>binary:logistic</c> for two classes,
/// <c>multi:softprob</c> for more). It owns a native booster: dispose it to free the memory at once (disposing twice
/// is harmless); an undisposed model is freed by its finalizer. Predictions use rounds 0..<see cref="BestIteration"/>.
/// </summary>
public sealed class XGBoostClassificationModel : IClassificationModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<XGBoostClassificationModel>, IDisposable
{
    private const string Tag = nameof(XGBoostClassificationModel);

    private readonly FittedBooster _booster;

    internal XGBoostClassificationModel(FittedBooster booster) => _booster = booster;

    public int FeatureCount => _booster.Facts.FeatureCount;

    public int ClassCount => _booster.Facts.ClassCount;

    /// <summary>The XGBoost objective: <c>binary:logistic</c> or <c>multi:softprob</c>.</summary>
    public string Objective => _booster.Facts.Objective;

    /// <summary>The 0-based boosting round predictions stop at: the best one under early stopping, otherwise the last.</summary>
    public int BestIteration => _booster.BestIteration;

    int IRoundCount.Rounds => BestIteration + 1;

    /// <summary>The validation metric at <see cref="BestIteration"/> (the last round's without early stopping); NaN without a validation set.</summary>
    public double BestScore => _booster.BestScore;

    /// <summary>The validation metric after each trained round (empty without a validation set).</summary>
    public IReadOnlyList<double> ValidationScores => _booster.ValidationScores.ToArray();

    string IValidationCurve.ValidationMetric => "validation metric (XGBoost's first)";

    /// <summary>Rounds trained, including those after <see cref="BestIteration"/> that early stopping waited through.</summary>
    public int BoostedRounds => _booster.BoostedRounds;

    /// <summary>
    /// Writes rows × <see cref="ClassCount"/> probabilities. Two classes: XGBoost's float32 probability p of class 1 and
    /// 1 − p. More: XGBoost's softmax, renormalized in double so every row sums to 1 to double precision.
    /// </summary>
    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException(
                $"destination is {destination.RowCount}x{destination.ColumnCount} but must be {x.RowCount}x{ClassCount} (rows × classes).", nameof(destination));
        var values = _booster.Predict(x, out var width);
        var output = destination.Values;
        if (ClassCount == 2)
        {
            for (var i = 0; i < x.RowCount; i++)
            {
                double p = values[i];
                output[2 * i] = 1 - p;
                output[(2 * i) + 1] = p;
            }
            return;
        }
        if (width != ClassCount)
            throw new InvalidOperationException($"XGBoost predicted {width} values per row for {ClassCount} classes.");
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = values.AsSpan(i * width, width);
            double sum = 0;
            foreach (var p in row) sum += p;
            for (var k = 0; k < width; k++) output[(i * width) + k] = row[k] / sum;
        }
    }

    /// <summary>Raw XGBoost output for a DMatrix built by the caller (the benchmark's seam): p(class 1) per row for two classes.</summary>
    internal float[] PredictRaw(Native.DMatrix data, out int width) => _booster.Predict(data, out width);

    /// <summary>Gain importances (<see cref="XGBoostImportanceType.Gain"/>) scaled to sum to 1.</summary>
    public double[] FeatureImportances() => _booster.FeatureImportances();

    /// <summary>One raw score per feature (0 for features never split on) of the given XGBoost importance type.</summary>
    public double[] FeatureScores(XGBoostImportanceType type) => _booster.FeatureScores(type);

    /// <summary>Writes a <see cref="ModelFormat"/> header and XGBoost's model (UBJSON, <c>XGBoosterSaveModelToBuffer</c>).</summary>
    public void Save(Stream stream) => _booster.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>; it predicts exactly as the saved one did.</summary>
    public static XGBoostClassificationModel Load(Stream stream)
    {
        var booster = FittedBooster.Load(stream, Tag);
        if (booster.Facts.ClassCount >= 2)
            return new(booster);
        booster.Dispose();
        throw new InvalidDataException($"The {Tag} header says {booster.Facts.ClassCount} classes; a classifier has at least 2.");
    }

    public void Dispose() => _booster.Dispose();

    public override string ToString() => $"XGBoostClassificationModel({Objective}, {ClassCount} classes, {FeatureCount} features, {BestIteration + 1} rounds used)";
}
