using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// k-nearest-neighbours classification (https://en.wikipedia.org/wiki/K-nearest_neighbors_algorithm), as
/// scikit-learn's <c>KNeighborsClassifier</c>: a row's class probabilities are the (weighted) shares of its
/// <see cref="KNearestNeighborsSettings.K"/> nearest training rows' classes. Fitting stores the training rows;
/// prediction searches them by brute force or a KD-tree, on several threads, with ties in distance going to the
/// lower training row. Sample weights multiply each neighbour's vote (scikit-learn has none). Features must be
/// finite, and scaled first: the distance sees raw units.
/// </summary>
public sealed record KNearestNeighborsClassifier : KNearestNeighborsSettings, ILearner<KNearestNeighborsClassificationModel>
{
    public KNearestNeighborsClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var search = FitSearch(x, y, sampleWeight);
        return new KNearestNeighborsClassificationModel(search, Guard.ClassLabels(y));
    }
}
