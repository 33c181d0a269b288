using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>
/// An unfitted supervised learner (scikit-learn's estimator): it holds hyper-parameters only, set at construction.
/// <see cref="Fit"/> validates its arguments, never mutates the learner, ignores earlier fits, and returns a new model.
/// The same learner, data and seed give the same model, bit for bit, at any thread count.
/// </summary>
public interface ILearner<out TModel> where TModel : IModel
{
    /// <summary>
    /// Fits a model to <paramref name="x"/> (rows × features) and <paramref name="y"/> (one target per row;
    /// class indices 0..K-1 for classifiers). Empty <paramref name="sampleWeight"/> means every row weighs 1.
    /// </summary>
    TModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default);
}
