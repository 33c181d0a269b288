namespace Kaggle.Core.Models.Neighbors;

/// <summary>How the nearest-neighbour models measure the distance between two rows.</summary>
public enum DistanceMetric
{
    /// <summary>‖a − b‖₂, scikit-learn's default (minkowski, p = 2).</summary>
    Euclidean,

    /// <summary>Σ|aⱼ − bⱼ| (p = 1).</summary>
    Manhattan,

    /// <summary>1 − a·b / (‖a‖‖b‖); a zero row is at distance 1 from everything, as scikit-learn's cosine_distances.</summary>
    Cosine,
}
