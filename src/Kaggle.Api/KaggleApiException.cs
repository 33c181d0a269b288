namespace Kaggle.Api;

/// <summary>
/// Every failure of the Kaggle client: the HTTP status when there was one, what kind of failure it is, and a message
/// that says what to do next. Messages never contain a secret (server text is redacted before it is quoted).
/// </summary>
public sealed class KaggleApiException : Exception
{
    /// <summary>Creates an exception with a kind, an actionable message and the HTTP status (if any).</summary>
    public KaggleApiException(KaggleErrorKind kind, string message, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    /// <summary>Creates a <see cref="KaggleErrorKind.Protocol"/> exception.</summary>
    public KaggleApiException()
        : this(KaggleErrorKind.Protocol, "The Kaggle API call failed.")
    {
    }

    /// <summary>Creates a <see cref="KaggleErrorKind.Protocol"/> exception with a message.</summary>
    public KaggleApiException(string message)
        : this(KaggleErrorKind.Protocol, message)
    {
    }

    /// <summary>Creates a <see cref="KaggleErrorKind.Protocol"/> exception with a message and a cause.</summary>
    public KaggleApiException(string message, Exception innerException)
        : this(KaggleErrorKind.Protocol, message, null, innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public KaggleErrorKind Kind { get; }

    /// <summary>The HTTP status of the failing response, or null when the failure was not an HTTP answer.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// The submission Kaggle created before the failure (scoring ended in ERROR), so the caller can record the upload;
    /// null when nothing was created.
    /// </summary>
    public long? SubmissionReference { get; init; }
}
