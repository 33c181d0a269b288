namespace Kaggle.Api.Models;

/// <summary>The parts of GetCompetition's answer that decide whether and how often one may submit.</summary>
/// <param name="Slug">The competition's slug (the last part of its URL).</param>
/// <param name="Title">Its title.</param>
/// <param name="MaxDailySubmissions">Submissions allowed per UTC day, when reported.</param>
/// <param name="SubmissionsDisabled">True when the competition takes no submissions now.</param>
/// <param name="KernelsSubmissionsOnly">True for a code competition (submissions come from notebooks, not files).</param>
/// <param name="Deadline">The final submission deadline, when reported.</param>
public sealed record KaggleCompetition(
    string Slug, string? Title, int? MaxDailySubmissions, bool SubmissionsDisabled, bool KernelsSubmissionsOnly, DateTimeOffset? Deadline);
