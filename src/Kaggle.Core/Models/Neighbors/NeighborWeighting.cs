namespace Kaggle.Core.Models.Neighbors;

/// <summary>How the k neighbours of a row are weighted in its vote or average.</summary>
public enum NeighborWeighting
{
    /// <summary>Every neighbour counts the same.</summary>
    Uniform,

    /// <summary>A neighbour counts 1 / distance; when some neighbours are at distance 0, only those count (as scikit-learn).</summary>
    Distance,
}
