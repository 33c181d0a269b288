namespace Kaggle.Runner.Runs;

/// <summary>
/// <c>submissions/&lt;slug&gt;/latest.json</c>: the latest run, its submission path (relative to the repository
/// root), its cross-validation summary and, once known, its public leaderboard score.
/// </summary>
public sealed record LatestRecord(string RunId, string Submission, CvSummary Cv, double? PublicScore);
