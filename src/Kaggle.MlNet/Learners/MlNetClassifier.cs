using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.MlNet.Data;
using Microsoft.ML;

namespace Kaggle.MlNet.Learners;

/// <summary>
/// Any ML.NET classification trainer as our learner: <see cref="Binary"/> trains two-class problems (labels become
/// Boolean), <see cref="Multiclass"/> trains K-class ones (labels become keys 1..K). Each fit builds a fresh
/// <see cref="MLContext"/> seeded with <see cref="Seed"/>, so the same learner on the same data gives the same model.
/// Our matrix is handed over as an <see cref="IDataView"/> without per-row objects (<see cref="MatrixDataView"/>).
/// ML.NET's LightGBM trainer holds a process-wide lock while it trains: folds using it run one at a time.
/// </summary>
public sealed record MlNetClassifier : ILearner<MlNetClassificationModel>
{
    /// <summary>A name for tables and logs, e.g. <c>"ML.NET FastTree"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The two-class trainer (<c>ml.BinaryClassification.Trainers...</c>); null when this learner is for K &gt; 2 only.</summary>
    public MlNetTrainer? Binary { get; init; }

    /// <summary>The K-class trainer (<c>ml.MulticlassClassification.Trainers...</c>); null when this learner is for two classes only.</summary>
    public MlNetTrainer? Multiclass { get; init; }

    /// <summary>The <see cref="MLContext"/> seed of each fit; default 0.</summary>
    public int Seed { get; init; }

    /// <summary>True when the trainer copes with NaN features (FastTree, LightGBM); otherwise NaN is rejected with a clear error. Default false.</summary>
    public bool AllowMissing { get; init; }

    /// <summary>Fits the trainer for the class count of <paramref name="y"/> (labels 0..K-1); weights go in the <see cref="MlNetColumns.Weight"/> column.</summary>
    public MlNetClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, AllowMissing);
        var classCount = Guard.ClassLabels(y);
        var trainer = (classCount == 2 ? Binary : Multiclass)
            ?? throw new ArgumentException(
                $"{Name} has no {(classCount == 2 ? "Binary" : "Multiclass")} trainer, but y has {classCount} classes.", nameof(y));
        var view = new MatrixDataView(x, y.ToArray(), classCount == 2 ? LabelKind.Binary : LabelKind.Multiclass, classCount,
            sampleWeight.IsEmpty ? null : sampleWeight.ToArray());
        var ml = new MLContext(Seed);
        var transformer = FittedMlNet.Fit(Name, trainer(ml), view, x);
        return new MlNetClassificationModel(new FittedMlNet(transformer, x.ColumnCount, classCount, AllowMissing));
    }

    public override string ToString() => $"MlNetClassifier {{ Name = {Name}, Seed = {Seed} }}";
}
