namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The hyper-parameters every forest of CART trees shares (random forests and extra trees, classifier and
/// regressor), with scikit-learn's defaults.
/// </summary>
public abstract record ForestSettings
{
    /// <summary>Trees in the forest (≥ 1).</summary>
    public int Trees { get; init; } = 100;

    /// <summary>The deepest a leaf may be; null (the default) grows until leaves are pure or too small.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer rows (distinct rows of the bootstrap sample) than this is not split (≥ 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (≥ 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Value bins per feature, 2..255 (random forests; extra trees draw thresholds over raw values).</summary>
    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    /// <summary>Threads growing trees; 0 uses every core.</summary>
    public int Threads { get; init; }

    public int Seed { get; init; } = 42;
}
