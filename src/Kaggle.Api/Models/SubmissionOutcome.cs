namespace Kaggle.Api.Models;

/// <summary>The outcome of a submit: the submission as last seen, Kaggle's message and the quota left.</summary>
/// <param name="Submission">The new submission (Complete with its score when waited for, else as first listed).</param>
/// <param name="Message">Kaggle's answer to CreateSubmission, e.g. "Successfully submitted to Titanic".</param>
/// <param name="RemainingToday">Submissions left today after this one, when known.</param>
public sealed record SubmissionOutcome(KaggleSubmission Submission, string Message, int? RemainingToday);
