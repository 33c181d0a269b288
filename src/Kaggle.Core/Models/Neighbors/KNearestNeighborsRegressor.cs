using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// k-nearest-neighbours regression (https://en.wikipedia.org/wiki/K-nearest_neighbors_algorithm), as
/// scikit-learn's <c>KNeighborsRegressor</c>: a row's prediction is the (weighted) mean target of its
/// <see cref="KNearestNeighborsSettings.K"/> nearest training rows. Search, tie-breaking, threads and sample
/// weights as <see cref="KNearestNeighborsClassifier"/>.
/// </summary>
public sealed record KNearestNeighborsRegressor : KNearestNeighborsSettings, ILearner<KNearestNeighborsRegressionModel>
{
    public KNearestNeighborsRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        new(FitSearch(x, y, sampleWeight));
}
