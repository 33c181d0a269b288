using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>
/// A learner that also fits CSR sparse input (TF-IDF, hashed n-grams, one-hot of many levels) without densifying.
/// It implements <see cref="ILearner{TModel}"/> as well, and the same data fitted dense or sparse gives the same
/// model up to floating-point summation order. Its models predict from CSR input
/// (<see cref="ISparseClassificationModel"/> or <see cref="ISparseRegressionModel"/>). Cross-validation sends a
/// sparse feature matrix only to learners that implement this.
/// </summary>
public interface ISparseLearner<out TModel> where TModel : IModel
{
    /// <summary>Fits on <paramref name="x"/> (rows × features, CSR); the contract is that of <see cref="ILearner{TModel}.Fit"/>.</summary>
    TModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default);
}
