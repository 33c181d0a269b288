using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>An unfitted learner that needs no target (PCA, k-means, a scaler fitted on a matrix).</summary>
public interface IUnsupervisedLearner<out TModel> where TModel : IModel
{
    TModel Fit(Matrix x);
}
