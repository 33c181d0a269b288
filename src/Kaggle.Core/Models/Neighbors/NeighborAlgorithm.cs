namespace Kaggle.Core.Models.Neighbors;

/// <summary>How the nearest-neighbour models search the training rows. Every choice returns the same neighbours.</summary>
public enum NeighborAlgorithm
{
    /// <summary>A KD-tree for Euclidean or Manhattan distance on at most 16 features, brute force otherwise.</summary>
    Auto,

    /// <summary>Every query row against every training row, with a blocked SIMD distance kernel.</summary>
    Brute,

    /// <summary>A KD-tree (https://en.wikipedia.org/wiki/K-d_tree); Euclidean and Manhattan only.</summary>
    KdTree,
}
