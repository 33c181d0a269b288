namespace Kaggle.Core.Models.Trees;

/// <summary>The impurity a CART tree minimises: Gini or entropy for classification, squared error for regression.</summary>
internal enum CartCriterion
{
    Gini,
    Entropy,
    SquaredError,
}

/// <summary>
/// The resolved growth limits of one CART tree (learners translate their public hyper-parameters into this).
/// <c>RandomThresholds</c> makes each drawn feature offer one random threshold instead of its best (extra trees).
/// </summary>
internal readonly record struct CartOptions(
    CartCriterion Criterion,
    int MaxDepth,
    int MinSamplesSplit,
    int MinSamplesLeaf,
    int MaxFeatures,
    bool RandomThresholds = false);
