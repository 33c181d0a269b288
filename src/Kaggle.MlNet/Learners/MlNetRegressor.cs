using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.MlNet.Data;
using Microsoft.ML;

namespace Kaggle.MlNet.Learners;

/// <summary>
/// Any ML.NET regression trainer (<c>ml.Regression.Trainers...</c>) as our learner. Each fit builds a fresh
/// <see cref="MLContext"/> seeded with <see cref="Seed"/>. Our matrix is handed over as an <see cref="IDataView"/>
/// without per-row objects. ML.NET's LightGBM trainer holds a process-wide lock while it trains: folds using it run one at a time.
/// </summary>
public sealed record MlNetRegressor : ILearner<MlNetRegressionModel>
{
    /// <summary>A name for tables and logs, e.g. <c>"ML.NET SDCA"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The regression trainer.</summary>
    public required MlNetTrainer Trainer { get; init; }

    /// <summary>The <see cref="MLContext"/> seed of each fit; default 0.</summary>
    public int Seed { get; init; }

    /// <summary>True when the trainer copes with NaN features (FastTree, LightGBM); otherwise NaN is rejected with a clear error. Default false.</summary>
    public bool AllowMissing { get; init; }

    /// <summary>Fits the trainer on float32 copies of the targets; weights go in the <see cref="MlNetColumns.Weight"/> column.</summary>
    public MlNetRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, AllowMissing);
        ArgumentNullException.ThrowIfNull(Trainer, nameof(Trainer));
        var view = new MatrixDataView(x, y.ToArray(), LabelKind.Regression, 0, sampleWeight.IsEmpty ? null : sampleWeight.ToArray());
        var transformer = FittedMlNet.Fit(Name, Trainer(new MLContext(Seed)), view, x);
        return new MlNetRegressionModel(new FittedMlNet(transformer, x.ColumnCount, 1, AllowMissing));
    }

    public override string ToString() => $"MlNetRegressor {{ Name = {Name}, Seed = {Seed} }}";
}
