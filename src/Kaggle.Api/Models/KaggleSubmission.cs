namespace Kaggle.Api.Models;

/// <summary>One submission of the account to a competition.</summary>
/// <param name="Ref">Kaggle's id of the submission (never 0 for a real one).</param>
/// <param name="Date">When it was made (UTC).</param>
/// <param name="Description">The message given at submission time.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Status">Pending, complete or error.</param>
/// <param name="PublicScore">The public leaderboard score once complete (parsed with the invariant culture).</param>
/// <param name="PrivateScore">The private score; empty until the competition ends.</param>
/// <param name="ErrorDescription">Why scoring failed, when <paramref name="Status"/> is Error.</param>
public sealed record KaggleSubmission(
    long Ref,
    DateTimeOffset? Date,
    string? Description,
    string? FileName,
    SubmissionStatus Status,
    double? PublicScore,
    double? PrivateScore,
    string? ErrorDescription);
