using Kaggle.Api.Http;
using Kaggle.Api.Models;
using Kaggle.Api.Protocol;

namespace Kaggle.Api;

// Reading what exists: the account's submissions and the public leaderboard.
public sealed partial class KaggleClient
{
    /// <summary>The account's submissions to a competition, newest first (ListSubmissions, following pages up to <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<KaggleSubmission>> ListSubmissionsAsync(
        string slug, int max = 500, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var items = await PagesAsync<ListSubmissionsResponse, SubmissionDto>(
            SubmissionsCall(slug), token => new PagedCompetitionRequest(slug, Math.Min(PageSize, max), token),
            r => (r.Submissions, r.NextPageToken), max, null, cancellationToken).ConfigureAwait(false);
        return items.Select(s => s.ToModel()).ToArray();
    }

    /// <summary>One submission by its id (GetSubmission).</summary>
    public async Task<KaggleSubmission> GetSubmissionAsync(long reference, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reference);
        var call = new RpcCall(RpcCall.Competitions, "GetSubmission", null, $"read submission {reference}");
        var dto = await _rpc.CallAsync<SubmissionDto>(call, new GetSubmissionRequest(reference), cancellationToken).ConfigureAwait(false);
        return dto.ToModel();
    }

    /// <summary>The top of the public leaderboard (GetLeaderboard, following pages up to <paramref name="max"/> rows).</summary>
    public async Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(
        string slug, int max = 100, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var call = RpcCall.Competition("GetLeaderboard", slug, $"read the leaderboard of '{slug}'");
        var rows = await PagesAsync<GetLeaderboardResponse, LeaderboardEntryDto>(
            call, token => new PagedCompetitionRequest(slug, Math.Min(PageSize, max), token),
            r => (r.Submissions, r.NextPageToken), max, null, cancellationToken).ConfigureAwait(false);
        return rows.Select((r, i) => new LeaderboardEntry(
            i + 1, r.TeamId ?? 0, r.TeamName ?? "", WireMapping.ParseDate(r.SubmissionDate), WireMapping.ParseScore(r.Score))).ToArray();
    }
}
