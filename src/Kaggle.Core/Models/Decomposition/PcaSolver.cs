namespace Kaggle.Core.Models.Decomposition;

/// <summary>How <see cref="Pca"/> computes the leading singular vectors of the centred data.</summary>
public enum PcaSolver
{
    /// <summary>scikit-learn's rule: Full when the data has at most 500 rows and columns or the components exceed 80 % of min(rows, columns); Randomized otherwise.</summary>
    Auto,

    /// <summary>The exact decomposition: an eigen-decomposition (MathNet) of the smaller Gram matrix, XᵀX or XXᵀ.</summary>
    Full,

    /// <summary>Halko, Martinsson and Tropp's randomized SVD (https://arxiv.org/abs/0909.4061) with power iterations.</summary>
    Randomized,
}
