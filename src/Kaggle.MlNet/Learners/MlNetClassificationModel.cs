using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.MlNet.Learners;

/// <summary>
/// A fitted ML.NET classification pipeline from <see cref="MlNetClassifier"/>. Two classes: the calibrated
/// <c>Probability</c> column when the trainer has one, else the sigmoid of its <c>Score</c>. More classes: the
/// <c>Score</c> vector (class probabilities for ML.NET's multiclass trainers), renormalized to sum to 1.
/// </summary>
public sealed class MlNetClassificationModel : IClassificationModel, IPersistable<MlNetClassificationModel>
{
    private const string Tag = nameof(MlNetClassificationModel);

    private readonly FittedMlNet _fitted;

    internal MlNetClassificationModel(FittedMlNet fitted) => _fitted = fitted;

    public int FeatureCount => _fitted.FeatureCount;

    public int ClassCount => _fitted.ClassCount;

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException(
                $"destination is {destination.RowCount}x{destination.ColumnCount} but must be {x.RowCount}x{ClassCount} (rows × classes).", nameof(destination));
        var output = destination.Values;
        if (ClassCount == 2)
        {
            var p = _fitted.Predict(x, "Probability", 1);
            if (p is null)
            {
                p = _fitted.Predict(x, "Score", 1) ?? throw new InvalidOperationException("The ML.NET pipeline has neither a Probability nor a Score column.");
                for (var i = 0; i < p.Length; i++) p[i] = 1 / (1 + Math.Exp(-p[i]));
            }
            for (var i = 0; i < p.Length; i++)
            {
                output[2 * i] = 1 - p[i];
                output[(2 * i) + 1] = p[i];
            }
            return;
        }
        var scores = _fitted.Predict(x, "Score", ClassCount) ?? throw new InvalidOperationException("The ML.NET pipeline has no Score column.");
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = scores.AsSpan(i * ClassCount, ClassCount);
            double sum = 0;
            foreach (var v in row) sum += v;
            for (var k = 0; k < ClassCount; k++) output[(i * ClassCount) + k] = row[k] / sum;
        }
    }

    /// <summary>Writes a <see cref="ModelFormat"/> header and ML.NET's model archive.</summary>
    public void Save(Stream stream) => _fitted.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static MlNetClassificationModel Load(Stream stream)
    {
        var fitted = FittedMlNet.Load(stream, Tag);
        return fitted.ClassCount >= 2 ? new(fitted) : throw new InvalidDataException($"The {Tag} header says {fitted.ClassCount} classes; a classifier has at least 2.");
    }
}
