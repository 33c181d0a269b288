namespace Kaggle.Api;

/// <summary>What went wrong, so callers can react (e.g. stop retrying) without parsing the message.</summary>
public enum KaggleErrorKind
{
    /// <summary>No credentials were found; nothing was sent.</summary>
    MissingCredentials,

    /// <summary>HTTP 401, or an access token that IntrospectToken calls inactive.</summary>
    Authentication,

    /// <summary>HTTP 403 because the competition's rules have not been accepted.</summary>
    RulesNotAccepted,

    /// <summary>HTTP 403 for another reason (not joined, or a slug Kaggle does not show this account).</summary>
    Forbidden,

    /// <summary>HTTP 404: an unknown competition, file or submission.</summary>
    NotFound,

    /// <summary>HTTP 429 that outlasted the bounded retries.</summary>
    RateLimited,

    /// <summary>HTTP 5xx or a network failure that outlasted the bounded retries.</summary>
    Server,

    /// <summary>HTTP 400 or another refusal of the request as sent.</summary>
    BadRequest,

    /// <summary>Today's submissions are used up (checked before uploading, or reported by Kaggle).</summary>
    DailyLimit,

    /// <summary>The competition takes no file submissions (code competition or submissions disabled).</summary>
    SubmissionsClosed,

    /// <summary>The server answered something the protocol does not allow (no Location, a 307, a missing field).</summary>
    Protocol,

    /// <summary>A downloaded file failed its length or MD5 check, or is not the zip it should be.</summary>
    Corrupt,

    /// <summary>The PUT of the submission file to storage failed.</summary>
    Upload,

    /// <summary>Kaggle accepted the file but scoring ended in ERROR, or no submission was actually created.</summary>
    SubmissionFailed,
}
