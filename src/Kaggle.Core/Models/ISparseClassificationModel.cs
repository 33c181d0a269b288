using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>A fitted classifier that also predicts from CSR sparse input.</summary>
public interface ISparseClassificationModel : IClassificationModel
{
    /// <summary>Writes class probabilities (rows × <see cref="IClassificationModel.ClassCount"/>) for the CSR rows of <paramref name="x"/>.</summary>
    void PredictProbabilities(CsrMatrix x, Matrix destination);
}
