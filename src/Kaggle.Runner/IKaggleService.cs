namespace Kaggle.Runner;

/// <summary>
/// The seam between the stages and Kaggle itself. The core ships no network code: the Download stage uses a
/// local mirror unless an implementation of this interface (Kaggle.Api's client) is given, and the Submit stage
/// uploads only through it.
/// </summary>
public interface IKaggleService
{
    /// <summary>
    /// True when credentials were found; <paramref name="source"/> then says where they came from
    /// (e.g. "KAGGLE_API_TOKEN", "~/.kaggle/kaggle.json") and never contains a secret.
    /// </summary>
    bool TryDescribeCredentials(out string source);

    /// <summary>Downloads and extracts every file of the competition into <paramref name="destination"/>; returns the extracted paths.</summary>
    Task<IReadOnlyList<string>> DownloadAsync(string slug, string destination, CancellationToken cancellationToken);

    /// <summary>
    /// Uploads <paramref name="file"/> with <paramref name="message"/>; when <paramref name="wait"/> is true, polls until
    /// Kaggle has scored it. Throws on any failure (a failed upload is never reported as success).
    /// </summary>
    Task<SubmissionReceipt> SubmitAsync(string slug, string file, string message, bool wait, CancellationToken cancellationToken);

    /// <summary>The account's submissions to the competition, newest first, with their status and public score.</summary>
    Task<IReadOnlyList<SubmissionReceipt>> ListSubmissionsAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The top <paramref name="max"/> rows of the competition's public leaderboard, best first.</summary>
    Task<IReadOnlyList<LeaderboardRow>> GetLeaderboardAsync(string slug, int max, CancellationToken cancellationToken);
}

/// <summary>One row of a public leaderboard: rank (1 = best), team name and public score.</summary>
public sealed record LeaderboardRow(int Rank, string Team, double? Score);

/// <summary>What Kaggle said about an upload: its id, status, and public score once scored.</summary>
public sealed record SubmissionReceipt(long Reference, string Status, double? PublicScore, string? Message);
