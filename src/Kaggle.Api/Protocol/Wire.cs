namespace Kaggle.Api.Protocol;

// The request and response bodies of competitions.CompetitionApiService and security.OAuthService (Gen C, KAGGLE_API.md
// §3–§6), kept together because they are one protocol and none is public. Every response field is optional.

internal sealed record CompetitionRequest(string CompetitionName);

internal sealed record PagedCompetitionRequest(string CompetitionName, int PageSize, string? PageToken);

internal sealed record DownloadDataFileRequest(string CompetitionName, string FileName);

internal sealed record RedirectBody(string? Url);

internal sealed record DataFileDto(string? Ref, string? Name, string? Description, long? TotalBytes, string? CreationDate);

internal sealed record ListDataFilesResponse(List<DataFileDto>? Files, string? NextPageToken);

internal sealed record StartSubmissionUploadRequest(string CompetitionName, long ContentLength, long LastModifiedEpochSeconds, string FileName);

internal sealed record StartSubmissionUploadResponse(string? Token, string? CreateUrl);

internal sealed record CreateSubmissionRequest(string CompetitionName, string BlobFileTokens, string SubmissionDescription);

internal sealed record CreateSubmissionResponse(string? Message, long? Ref);

internal sealed record SubmissionDto(
    long? Ref, long? TotalBytes, string? Date, string? Description, string? ErrorDescription, string? FileName,
    string? PublicScore, string? PrivateScore, string? Status, string? SubmittedBy, string? TeamName);

internal sealed record ListSubmissionsResponse(List<SubmissionDto>? Submissions, string? NextPageToken);

internal sealed record GetSubmissionRequest(long Ref);

internal sealed record LeaderboardEntryDto(long? TeamId, string? TeamName, string? SubmissionDate, string? Score);

internal sealed record GetLeaderboardResponse(List<LeaderboardEntryDto>? Submissions, string? NextPageToken);

internal sealed record CompetitionDto(
    string? Ref, string? Title, int? MaxDailySubmissions, bool? SubmissionsDisabled, bool? IsKernelsSubmissionsOnly,
    string? Deadline, bool? UserHasEntered, string? EvaluationMetric);

internal sealed record ListCompetitionsRequest(string? Search);

internal sealed record ListCompetitionsResponse(List<CompetitionDto>? Competitions);

internal sealed record SubmissionLimitsDto(int? NumToday, int? NumTotal, int? NumAllowedNow, bool? LimitedByTotal);

internal sealed record IntrospectTokenRequest(string Token);

internal sealed record IntrospectTokenResponse(bool? Active, string? Username);

internal sealed record ErrorBody(int? Code, string? Message);
