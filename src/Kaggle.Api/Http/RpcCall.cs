namespace Kaggle.Api.Http;

/// <summary>One RPC: its method on a service, the competition it concerns (for messages) and what a user would call it.</summary>
/// <param name="Service">e.g. "competitions.CompetitionApiService".</param>
/// <param name="Method">e.g. "DownloadDataFiles".</param>
/// <param name="Slug">The competition, or null when the call is not about one.</param>
/// <param name="Action">What the call does, phrased to follow "trying to", e.g. "download the files of 'titanic'".</param>
/// <param name="RetryAll">False for calls that must not run twice (CreateSubmission): then only 429 and 503 are retried.</param>
internal sealed record RpcCall(string Service, string Method, string? Slug, string Action, bool RetryAll = true)
{
    public const string Competitions = "competitions.CompetitionApiService";

    public static RpcCall Competition(string method, string slug, string action, bool retryAll = true) =>
        new(Competitions, method, slug, action, retryAll);
}
