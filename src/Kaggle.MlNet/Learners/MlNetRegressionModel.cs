using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.MlNet.Learners;

/// <summary>A fitted ML.NET regression pipeline from <see cref="MlNetRegressor"/>; predicts its <c>Score</c> column.</summary>
public sealed class MlNetRegressionModel : IRegressionModel, IPersistable<MlNetRegressionModel>
{
    private const string Tag = nameof(MlNetRegressionModel);

    private readonly FittedMlNet _fitted;

    internal MlNetRegressionModel(FittedMlNet fitted) => _fitted = fitted;

    public int FeatureCount => _fitted.FeatureCount;

    /// <summary>Writes the pipeline's float32 <c>Score</c> for each row.</summary>
    public void Predict(Matrix x, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.Destination(destination.Length, x.RowCount);
        var scores = _fitted.Predict(x, "Score", 1)
            ?? throw new InvalidOperationException("The ML.NET pipeline has no Score column; is its last step a regression trainer?");
        scores.CopyTo(destination);
    }

    /// <summary>Writes a <see cref="ModelFormat"/> header and ML.NET's model archive.</summary>
    public void Save(Stream stream) => _fitted.Save(stream, Tag);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static MlNetRegressionModel Load(Stream stream) => new(FittedMlNet.Load(stream, Tag));
}
