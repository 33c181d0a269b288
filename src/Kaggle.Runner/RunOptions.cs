namespace Kaggle.Runner;

/// <summary>Command-line options of a stage. They stay in the runner: a competition sees only <see cref="BuildContext"/>.</summary>
public sealed record RunOptions
{
    public required string RepositoryRoot { get; init; }

    /// <summary>The mirror folder holding <c>&lt;slug&gt;/</c> with Kaggle's files, or <see langword="null"/>.</summary>
    public string? Mirror { get; init; }

    /// <summary>The base seed (the config's unless overridden with --seed).</summary>
    public required int Seed { get; init; }

    /// <summary>How many repeats (seeds) cross-validation runs (the config's unless overridden with --seeds).</summary>
    public required int Repeats { get; init; }

    /// <summary>Retrain even when a run with the same inputs exists.</summary>
    public bool Force { get; init; }

    /// <summary>A quick run on a subset (for CI): competition.json's <c>fast</c> rows, and <see cref="BuildContext.Fast"/> for budgets.</summary>
    public bool Fast { get; init; }

    /// <summary>After uploading, wait for Kaggle's score.</summary>
    public bool Wait { get; init; }

    public string? Message { get; init; }

    /// <summary>The run the <c>report</c> verb rebuilds (default: the latest).</summary>
    public string? Run { get; init; }

    /// <summary>The seeds of the repeats: Seed, Seed + 1, ….</summary>
    public IReadOnlyList<int> Seeds => Enumerable.Range(0, Repeats).Select(k => Seed + k).ToArray();
}
