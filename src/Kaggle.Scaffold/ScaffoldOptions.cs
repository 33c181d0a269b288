namespace Kaggle.Scaffold;

/// <summary>What <c>--target=New</c> was told: the slug, where the repository and the files are, and the overrides of what is inferred.</summary>
public sealed record ScaffoldOptions
{
    /// <summary>The competition's Kaggle slug; also the folder name under <c>competitions/</c> and <c>data/</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The repository root (holding Kaggle.sln).</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>A folder holding <c>&lt;slug&gt;/</c> with Kaggle's files, or null to download through the Kaggle API.</summary>
    public string? Mirror { get; init; }

    /// <summary>The metric instead of the inferred default (a name the metric registry knows).</summary>
    public string? Metric { get; init; }

    /// <summary>The target column instead of the sample submission's prediction column (required without a sample submission).</summary>
    public string? TargetColumn { get; init; }

    /// <summary>The id column when there is no sample submission (default: the test file's first column, if unique).</summary>
    public string? IdColumn { get; init; }

    /// <summary>Skip <c>dotnet sln add</c> (tests that only look at the written files).</summary>
    public bool SkipSolution { get; init; }
}
