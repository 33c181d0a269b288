namespace Kaggle.Core.Models.Trees;

/// <summary>The resolved hyper-parameters of one boosting run (the public learners validate and translate into this).</summary>
internal sealed record BoostingOptions
{
    public int Rounds { get; init; } = 100;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>int.MaxValue when unlimited.</summary>
    public int MaxLeaves { get; init; } = 31;

    /// <summary>int.MaxValue when unlimited.</summary>
    public int MaxDepth { get; init; } = int.MaxValue;

    public int MinChildSamples { get; init; } = 20;

    public double MinChildWeight { get; init; } = 1e-3;

    public double L2Regularization { get; init; }

    public double MinSplitGain { get; init; }

    public double RowSubsample { get; init; } = 1;

    public double ColumnSubsample { get; init; } = 1;

    public int MaxBins { get; init; } = BinMapper.MaxValueBins;

    public bool[] Categorical { get; init; } = [];

    public int MaxCategoriesInSplit { get; init; } = 32;

    public double CategoricalSmoothing { get; init; } = 10;

    public double CategoricalL2 { get; init; } = 10;

    public int EarlyStoppingRounds { get; init; }

    public double ValidationFraction { get; init; }

    public int Threads { get; init; } = 1;

    /// <summary>Rows per chunk of a chunked histogram pass (tests lower it to reach the chunked path on small data).</summary>
    public int HistogramChunkRows { get; init; } = 32_768;

    public long Seed { get; init; }
}
