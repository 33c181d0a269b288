using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.LightGbm;

/// <summary>
/// A fitted LightGBM regression model from <see cref="LightGbmRegressor"/>. It owns a native booster: dispose it to free
/// the memory at once (disposing twice is harmless); an undisposed model is freed by its finalizer. Predictions are
/// serialized per model (LightGBM parallelizes each one itself) and use rounds 0..<see cref="BestIteration"/>.
/// </summary>
public sealed class LightGbmRegressionModel : IRegressionModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<LightGbmRegressionModel>, ITrainingLog, IDisposable
{
    private const string Tag = nameof(LightGbmRegressionModel);

    private readonly FittedLightGbm _booster;

    internal LightGbmRegressionModel(FittedLightGbm booster) => _booster = booster;

    public int FeatureCount => _booster.Facts.FeatureCount;

    /// <summary>The LightGBM objective the model was trained with (<c>regression</c>, <c>huber</c>, ...).</summary>
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

    /// <summary>Writes one prediction per row (raw scores for a custom objective).</summary>
    public void Predict(Matrix x, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.Destination(destination.Length, x.RowCount);
        _booster.Predict(x).CopyTo(destination);
    }

    /// <summary>Total-gain importances scaled to sum to 1.</summary>
    public double[] FeatureImportances() => _booster.FeatureImportances();

    /// <summary>One raw score per feature (0 for features never split on): split counts or total gains.</summary>
    public double[] FeatureScores(LightGbmImportanceType type) => _booster.FeatureScores(type);

    /// <summary>Writes a <see cref="ModelFormat"/> header and LightGBM's model text.</summary>
    public void Save(Stream stream) => _booster.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>; it predicts exactly as the saved one did.</summary>
    public static LightGbmRegressionModel Load(Stream stream) => new(FittedLightGbm.Load(stream, Tag));

    public void Dispose() => _booster.Dispose();

    public override string ToString() => $"LightGbmRegressionModel({Objective}, {FeatureCount} features, {BestIteration + 1} rounds used)";
}
