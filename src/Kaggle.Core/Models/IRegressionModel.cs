using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>A fitted model predicting one real value per row.</summary>
public interface IRegressionModel : IModel
{
    /// <summary>Writes one prediction per row of <paramref name="x"/> into <paramref name="destination"/>.</summary>
    void Predict(Matrix x, Span<double> destination);
}
