namespace Kaggle.Core.Models.Trees;

/// <summary>The impurity a classification tree minimises when it chooses a split.</summary>
public enum SplitCriterion
{
    /// <summary>Gini impurity 1 − Σ p_k² (scikit-learn's default).</summary>
    Gini,

    /// <summary>Shannon entropy −Σ p_k ln p_k (information gain).</summary>
    Entropy,
}
