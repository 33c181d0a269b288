using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.XGBoost;

/// <summary>
/// A fitted XGBoost regression (or ranking) model from <see cref="XGBoostRegressor"/>. It owns a native booster:
/// dispose it to free the memory at once (disposing twice is harmless); an undisposed model is freed by its finalizer.
/// Predictions are serialized per model (XGBoost parallelizes each one itself) and use rounds 0..<see cref="BestIteration"/>.
/// </summary>
public sealed class XGBoostModel : IRegressionModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<XGBoostModel>, IDisposable
{
    private const string Tag = nameof(XGBoostModel);

    private readonly FittedBooster _booster;

    internal XGBoostModel(FittedBooster booster) => _booster = booster;

    public int FeatureCount => _booster.Facts.FeatureCount;

    /// <summary>The XGBoost objective the model was trained with, e.g. <c>reg:squarederror</c>.</summary>
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

    /// <summary>Writes one prediction per row (the objective's output: the mean for squared error, counts for Poisson, scores for ranking).</summary>
    public void Predict(Matrix x, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.Destination(destination.Length, x.RowCount);
        var values = _booster.Predict(x, out var width);
        if (width != 1)
            throw new InvalidOperationException($"The objective {Objective} predicts {width} values per row; use XGBoostClassifier for multi-class objectives.");
        for (var i = 0; i < values.Length; i++) destination[i] = values[i];
    }

    /// <summary>Gain importances (<see cref="XGBoostImportanceType.Gain"/>) scaled to sum to 1.</summary>
    public double[] FeatureImportances() => _booster.FeatureImportances();

    /// <summary>One raw score per feature (0 for features never split on) of the given XGBoost importance type.</summary>
    public double[] FeatureScores(XGBoostImportanceType type) => _booster.FeatureScores(type);

    /// <summary>Writes a <see cref="ModelFormat"/> header and XGBoost's model (UBJSON, <c>XGBoosterSaveModelToBuffer</c>).</summary>
    public void Save(Stream stream) => _booster.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>; it predicts exactly as the saved one did.</summary>
    public static XGBoostModel Load(Stream stream) => new(FittedBooster.Load(stream, Tag));

    public void Dispose() => _booster.Dispose();

    public override string ToString() => $"XGBoostModel({Objective}, {FeatureCount} features, {BestIteration + 1} rounds used)";
}
