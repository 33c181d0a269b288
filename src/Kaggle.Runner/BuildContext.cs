namespace Kaggle.Runner;

/// <summary>
/// What a competition's <see cref="Competition.Build"/> may know about the run: whether it is a fast smoke run
/// (so it can shrink budgets: fewer trees, rounds or epochs) and where it may cache derived data. Which rows a fast
/// run uses is not the competition's code but its competition.json (<see cref="FastConfig"/>); data paths, mirrors
/// and upload options never reach it.
/// </summary>
/// <param name="Fast">True for a <c>--fast</c> run (CI): a quick run on a subset, never uploaded.</param>
public sealed record BuildContext(bool Fast)
{
    /// <summary>
    /// A folder for caches of stateless derived data that are costly to recompute and safe to share between runs
    /// (e.g. sentence embeddings keyed by text hash): <c>data/&lt;slug&gt;/cache</c>, git-ignored like the data.
    /// </summary>
    public string CacheFolder { get; init; } = Path.Combine(Path.GetTempPath(), "kaggle-cache");
}
