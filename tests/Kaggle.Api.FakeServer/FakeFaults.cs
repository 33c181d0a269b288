using System.Collections.Concurrent;

namespace Kaggle.Api.FakeServer;

/// <summary>A one-shot failure answer: HTTP <see cref="Status"/> with an optional Retry-After, for one method or any.</summary>
public sealed record FakeFailure(int Status, string? RetryAfter = null, string? Method = null, string Message = "Transient failure");

/// <summary>How CreateSubmission behaves once today's limit is used up.</summary>
public enum DailyLimitMode
{
    /// <summary>400 <c>{"code":400,"message":"…submission limit…"}</c>.</summary>
    Reject400,

    /// <summary>The 2019 behaviour: 200 "Successfully submitted…" with no ref, and nothing created.</summary>
    Silent200,
}

/// <summary>How the download methods answer.</summary>
public enum RedirectMode
{
    Found302,
    NoLocation,
    Temporary307,
    JsonUrl,
}

/// <summary>The switchable misbehaviours of the fake server. Queues are consumed one entry per matching request.</summary>
public sealed class FakeFaults
{
    /// <summary>Failures answered to RPC calls, in order (e.g. 429 then 503), before the real answer.</summary>
    public ConcurrentQueue<FakeFailure> Rpc { get; } = new();

    /// <summary>Statuses answered to upload PUTs, in order, before accepting the bytes.</summary>
    public ConcurrentQueue<int> Upload { get; } = new();

    /// <summary>Statuses answered to storage GETs, in order, before serving the file.</summary>
    public ConcurrentQueue<int> StorageGet { get; } = new();

    /// <summary>The next N storage GETs announce the full Content-Length but close the connection halfway.</summary>
    public int CutDownloads { get; set; }

    /// <summary>Storage answers 200 with the whole file even to a Range request.</summary>
    public bool IgnoreRange { get; set; }

    /// <summary>A signed URL works once; afterwards storage answers 403 ExpiredToken.</summary>
    public bool SingleUseUrls { get; set; }

    public bool WrongMd5 { get; set; }

    public bool OmitMd5 { get; set; }

    public bool OmitContentLength { get; set; }

    public bool OmitLastModified { get; set; }

    public RedirectMode Redirect { get; set; }

    /// <summary>Answer this method with 200 and a <c>{"code":…,"message":…}</c> error body.</summary>
    public (string Method, int Code, string Message)? ErrorIn200 { get; set; }

    /// <summary>An unknown slug gets 404 NotFound by default, or 403 "Permission … denied" when true.</summary>
    public bool UnknownSlugIs403 { get; set; }

    public DailyLimitMode DailyLimit { get; set; }

    /// <summary>False hides the limit: GetSubmissionLimits answers 404 and GetCompetition omits maxDailySubmissions.</summary>
    public bool AdvertiseLimits { get; set; } = true;

    /// <summary>False answers GetSubmissionLimits with 404 (an older server), while GetCompetition still tells the limit.</summary>
    public bool SubmissionLimitsMethod { get; set; } = true;

    /// <summary>The 401 message quotes the Authorization header it got (to prove the client redacts server text).</summary>
    public bool EchoAuthorization { get; set; }

    /// <summary>The largest page any listing returns, whatever pageSize asks for.</summary>
    public int MaxPageSize { get; set; } = 20;

    /// <summary>How the COMPLETE status is spelled: "COMPLETE", "complete", "SUBMISSION_STATUS_COMPLETE".</summary>
    public string CompleteSpelling { get; set; } = "COMPLETE";

    /// <summary>Status of IntrospectToken when set (e.g. 403); otherwise it answers {"active":…}.</summary>
    public int? IntrospectStatus { get; set; }

    /// <summary>StartSubmissionUpload refuses files larger than this.</summary>
    public long MaxSubmissionBytes { get; set; } = 10 * 1024 * 1024;
}
