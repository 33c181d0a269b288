namespace Kaggle.Runner.Tests.Runner;

/// <summary>
/// An in-process Kaggle with credentials: records every upload, answers it (scored at 0.12345 with --wait, pending
/// without, or failing with <see cref="ScoringError"/>), lists that upload as later scored at 0.2, and serves a
/// three-row public leaderboard. Never downloads (the tests use a mirror).
/// </summary>
internal sealed class RecordingKaggle : IKaggleService
{
    public List<(string File, string Message)> Uploads { get; } = [];

    public string? ScoringError { get; init; }

    public bool TryDescribeCredentials(out string source)
    {
        source = "test";
        return true;
    }

    public Task<IReadOnlyList<string>> DownloadAsync(string slug, string destination, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the mirror is used");

    public Task<SubmissionReceipt> SubmitAsync(string slug, string file, string message, bool wait, CancellationToken cancellationToken)
    {
        Uploads.Add((file, message));
        if (ScoringError is not null)
            throw new SubmissionFailedException(ScoringError, new SubmissionReceipt(42, "ERROR", null, ScoringError));
        return Task.FromResult(wait ? new SubmissionReceipt(42, "COMPLETE", 0.12345, "ok") : new SubmissionReceipt(42, "PENDING", null, "ok"));
    }

    public Task<IReadOnlyList<SubmissionReceipt>> ListSubmissionsAsync(string slug, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SubmissionReceipt>>([new SubmissionReceipt(42, "COMPLETE", 0.2, "scored later")]);

    public Task<IReadOnlyList<LeaderboardRow>> GetLeaderboardAsync(string slug, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LeaderboardRow>>([new LeaderboardRow(1, "first", 0.05), new LeaderboardRow(2, "second", 0.15), new LeaderboardRow(3, "third", 0.25)]);
}
