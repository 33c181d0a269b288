namespace Kaggle.Core.Features.Text;

/// <summary>The per-row normalisation of a vectorizer's output (scikit-learn's <c>norm</c>).</summary>
public enum TextNorm
{
    /// <summary>Raw weights.</summary>
    None,

    /// <summary>Each row divided by the sum of its absolute values.</summary>
    L1,

    /// <summary>Each row divided by its Euclidean length (the TF-IDF default); all-zero rows stay zero.</summary>
    L2,
}
