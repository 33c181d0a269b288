using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A fitted <see cref="HistGradientBoostingClassifier"/>: raw scores are log-odds (binary, one tree per round) or
/// softmax logits (one tree per class per round); probabilities are their sigmoid or softmax.
/// </summary>
public sealed class HistGradientBoostingClassificationModel : IClassificationModel, IFeatureImportance, IValidationCurve, IRoundCount, IPersistable<HistGradientBoostingClassificationModel>
{
    private const string Tag = nameof(HistGradientBoostingClassificationModel);
    private const int Version = 1;
    private readonly BoostedEnsemble _ensemble;
    private readonly double[] _validationLoss;

    internal HistGradientBoostingClassificationModel(BoostedEnsemble ensemble, int classCount, double[] validationLoss)
    {
        _ensemble = ensemble;
        ClassCount = classCount;
        _validationLoss = validationLoss;
    }

    public int FeatureCount => _ensemble.FeatureCount;

    public int ClassCount { get; }

    /// <summary>Rounds kept: the best round + 1 after early stopping, otherwise all.</summary>
    public int Rounds => _ensemble.Rounds;

    /// <summary>Mean validation log-loss after each round trained (empty without a validation set).</summary>
    public IReadOnlyList<double> ValidationLoss => _validationLoss;

    string IValidationCurve.ValidationMetric => "validation log-loss";

    IReadOnlyList<double> IValidationCurve.ValidationScores => _validationLoss;

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.ColumnCount != ClassCount || destination.RowCount != (x?.RowCount ?? 0))
            throw new ArgumentException($"destination is {destination.RowCount}x{destination.ColumnCount} but must be {x?.RowCount}x{ClassCount}.", nameof(destination));
        var raw = PredictRaw(x!);
        for (var i = 0; i < raw.RowCount; i++)
        {
            var row = destination.Row(i);
            if (ClassCount == 2)
            {
                row[1] = LogisticObjective.Sigmoid(raw[i, 0]);
                row[0] = 1 - row[1];
            }
            else
            {
                SoftmaxObjective.Softmax(raw.Row(i), row);
            }
        }
    }

    /// <summary>Raw scores: rows × 1 log-odds for two classes, rows × K logits otherwise.</summary>
    public Matrix PredictRaw(Matrix x) => PredictRaw(x, Rounds);

    /// <summary>Raw scores of the first <paramref name="rounds"/> rounds (scikit-learn's staged prediction).</summary>
    public Matrix PredictRaw(Matrix x, int rounds)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounds, Rounds);
        var raw = new Matrix(x.RowCount, _ensemble.Outputs);
        _ensemble.PredictRaw(x, raw.Values, rounds);
        return raw;
    }

    /// <summary>Normalised total gain per feature, summing to 1 (all 0 when no tree split).</summary>
    public double[] FeatureImportances() => Forest.Normalize(_ensemble.Gains);

    /// <summary>Raw importance per feature: total gain or number of splits.</summary>
    public double[] FeatureImportances(ImportanceType type) =>
        type == ImportanceType.Split ? [.. _ensemble.Splits.Select(s => (double)s)] : (double[])_ensemble.Gains.Clone();

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        writer.WriteArray(_validationLoss);
        _ensemble.Write(writer);
    }

    public static HistGradientBoostingClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var classCount = reader.ReadInt32();
            var validationLoss = reader.ReadDoubleArray();
            var ensemble = BoostedEnsemble.Read(reader);
            if (classCount < 2 || ensemble.Outputs != (classCount == 2 ? 1 : classCount))
                throw new InvalidDataException($"{ensemble.Outputs} outputs do not fit {classCount} classes.");
            return new HistGradientBoostingClassificationModel(ensemble, classCount, validationLoss);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The stream ended inside a boosted classifier.", e);
        }
    }
}
