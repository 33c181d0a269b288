using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// The hyper-parameters that <see cref="KNearestNeighborsClassifier"/> and <see cref="KNearestNeighborsRegressor"/>
/// share (scikit-learn's defaults), and the fit they share: validate, then keep the training rows and an index.
/// </summary>
public abstract record KNearestNeighborsSettings
{
    /// <summary>Neighbours per prediction, 1 ≤ K ≤ training rows (default 5).</summary>
    public int K { get; init; } = 5;

    /// <summary>Uniform votes (default) or votes weighted by 1 / distance.</summary>
    public NeighborWeighting Weighting { get; init; } = NeighborWeighting.Uniform;

    /// <summary>The distance (default Euclidean).</summary>
    public DistanceMetric Metric { get; init; } = DistanceMetric.Euclidean;

    /// <summary>The search structure (default Auto: a KD-tree up to 16 features, brute force above).</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>Most rows in a KD-tree leaf (default 30, as scikit-learn).</summary>
    public int LeafSize { get; init; } = 30;

    /// <summary>Threads answering queries; 0 uses every core. Predictions are identical at any count.</summary>
    public int Threads { get; init; }

    private protected NeighborSearch FitSearch(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight) =>
        NeighborSearch.Fit(x, y, sampleWeight, K, Weighting, Metric, Algorithm, LeafSize, Threads);
}
