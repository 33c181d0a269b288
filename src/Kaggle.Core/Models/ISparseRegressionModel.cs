using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>A fitted regressor that also predicts from CSR sparse input.</summary>
public interface ISparseRegressionModel : IRegressionModel
{
    /// <summary>Writes one prediction per CSR row of <paramref name="x"/> into <paramref name="destination"/>.</summary>
    void Predict(CsrMatrix x, Span<double> destination);
}
