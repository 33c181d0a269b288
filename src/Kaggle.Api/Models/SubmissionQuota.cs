namespace Kaggle.Api.Models;

/// <summary>How many submissions today has left.</summary>
/// <param name="UsedToday">Submissions made since 00:00 UTC.</param>
/// <param name="RemainingToday">Submissions still allowed today, or null when Kaggle does not say.</param>
/// <param name="Source">How it was learned: "GetSubmissionLimits", or "ListSubmissions vs maxDailySubmissions".</param>
public sealed record SubmissionQuota(int UsedToday, int? RemainingToday, string Source);
