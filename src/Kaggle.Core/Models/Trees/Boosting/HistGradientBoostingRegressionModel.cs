using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>A fitted <see cref="HistGradientBoostingRegressor"/>: the starting score plus the leaf values of its trees, in round order.</summary>
public sealed class HistGradientBoostingRegressionModel : IRegressionModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<HistGradientBoostingRegressionModel>
{
    private const string Tag = nameof(HistGradientBoostingRegressionModel);
    private const int Version = 1;
    private readonly BoostedEnsemble _ensemble;
    private readonly double[] _validationLoss;

    internal HistGradientBoostingRegressionModel(BoostedEnsemble ensemble, double[] validationLoss)
    {
        _ensemble = ensemble;
        _validationLoss = validationLoss;
    }

    public int FeatureCount => _ensemble.FeatureCount;

    /// <summary>Rounds kept: the best round + 1 after early stopping, otherwise all.</summary>
    public int Rounds => _ensemble.Rounds;

    /// <summary>Mean validation loss after each round trained (empty without a validation set).</summary>
    public IReadOnlyList<double> ValidationLoss => _validationLoss;

    string IValidationCurve.ValidationMetric => "validation loss";

    IReadOnlyList<double> IValidationCurve.ValidationScores => _validationLoss;

    public void Predict(Matrix x, Span<double> destination) => _ensemble.PredictRaw(x, destination, Rounds);

    /// <summary>Predictions of the first <paramref name="rounds"/> rounds (scikit-learn's staged prediction).</summary>
    public double[] Predict(Matrix x, int rounds)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounds, Rounds);
        var result = new double[x.RowCount];
        _ensemble.PredictRaw(x, result, rounds);
        return result;
    }

    /// <summary>Normalised total gain per feature, summing to 1 (all 0 when no tree split).</summary>
    public double[] FeatureImportances() => Forest.Normalize(_ensemble.Gains);

    /// <summary>Raw importance per feature: total gain or number of splits.</summary>
    public double[] FeatureImportances(ImportanceType type) =>
        type == ImportanceType.Split ? [.. _ensemble.Splits.Select(s => (double)s)] : (double[])_ensemble.Gains.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.WriteArray(_validationLoss);
        _ensemble.Write(writer);
    }

    public static HistGradientBoostingRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var validationLoss = reader.ReadDoubleArray();
            var ensemble = BoostedEnsemble.Read(reader);
            if (ensemble.Outputs != 1) throw new InvalidDataException($"A regression model has 1 output, not {ensemble.Outputs}.");
            return new HistGradientBoostingRegressionModel(ensemble, validationLoss);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The stream ended inside a boosted regressor.", e);
        }
    }
}
