using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>A fitted classifier over classes 0..<see cref="ClassCount"/>-1.</summary>
public interface IClassificationModel : IModel
{
    int ClassCount { get; }

    /// <summary>Writes class probabilities (rows × <see cref="ClassCount"/>, each row summing to 1) into <paramref name="destination"/>.</summary>
    void PredictProbabilities(Matrix x, Matrix destination);
}
