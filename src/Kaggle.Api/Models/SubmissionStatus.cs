namespace Kaggle.Api.Models;

/// <summary>Kaggle's <c>SubmissionStatus</c> (PENDING=0, COMPLETE=1, ERROR=2), plus <see cref="Unknown"/> for anything else.</summary>
public enum SubmissionStatus
{
    /// <summary>Not yet scored.</summary>
    Pending = 0,

    /// <summary>Scored; the public score is known.</summary>
    Complete = 1,

    /// <summary>Scoring failed; see the error description.</summary>
    Error = 2,

    /// <summary>A status this client does not know (kept pending while polling).</summary>
    Unknown = 3,
}
