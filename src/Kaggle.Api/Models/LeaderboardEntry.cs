namespace Kaggle.Api.Models;

/// <summary>One row of a competition's public leaderboard.</summary>
/// <param name="Rank">1-based position in the order Kaggle returned the rows.</param>
/// <param name="TeamId">Kaggle's team id.</param>
/// <param name="TeamName">The team's display name.</param>
/// <param name="SubmissionDate">When the scored submission was made.</param>
/// <param name="Score">The public score (parsed with the invariant culture), when present.</param>
public sealed record LeaderboardEntry(int Rank, long TeamId, string TeamName, DateTimeOffset? SubmissionDate, double? Score);
