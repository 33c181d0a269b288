namespace Kaggle.Core.Models.Decomposition;

/// <summary>How <see cref="Pca"/> computes the leading singular vectors of the centred data.</summary>
public enum PcaSolver
{
    /// <summary>scikit-learn's rule: Full when the data has at most 500 rows and columns or the components exceed 80 % of min(rows, columns); Randomized otherwise.</summary>
    Auto,

    /// <summary>The exact decomposition: an eigen-decomposition (MathNet) of the smaller Gram matrix, XᵀX or XXᵀ.</summary>
    Full,

    /// <summary>
    /// Halko, Martinsson and Tropp's randomized SVD (https://arxiv.org/abs/0909.4061) with power iterations; on tall
    /// data (at most 1000 columns and at least 10 rows per column) the iterations run on the centred scatter
    /// matrix XcᵀXc, built in one pass, instead of passing over the rows each time.
    /// </summary>
    Randomized,
}
