using Kaggle.Api.Auth;

namespace Kaggle.Api;

/// <summary>
/// Settings of <see cref="KaggleClient"/>. The defaults suit the real service; tests shrink the waits (or pass a
/// <see cref="TimeProvider"/> that does not sleep) and point <see cref="Endpoint"/> at a local fake server.
/// </summary>
public sealed record KaggleClientOptions
{
    /// <summary>The default API root.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.kaggle.com");

    /// <summary>The API root; null reads <c>KAGGLE_API_ENDPOINT</c>, else <see cref="DefaultEndpoint"/>. Calls go to <c>{root}/v1/{service}/{Method}</c>.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Environment variables and credential files (the real machine by default).</summary>
    public IKaggleEnvironment Environment { get; init; } = SystemKaggleEnvironment.Instance;

    /// <summary>The clock and timers behind every wait (retry back-off, Retry-After, polling).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Retries after the first attempt for 429, 5xx and network failures (default 5).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first back-off delay; it doubles per retry (default 1 s).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, for back-off and for a server's Retry-After alike (default 60 s).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Adds random jitter to back-off delays (default true; tests turn it off to check the delays).</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>Time allowed for one API call (not for a download or upload body; default 100 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Time between two polls of a submission's status (default 10 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many polls to make before giving up waiting for a score (default 180, i.e. 30 min at 10 s).</summary>
    public int MaxPolls { get; init; } = 180;

    /// <summary>Checks an access token with IntrospectToken before first use, falling back to the key when inactive (default true).</summary>
    public bool ValidateAccessToken { get; init; } = true;

    /// <summary>Shows a progress bar for downloads; null shows it only when output is an interactive terminal.</summary>
    public bool? ShowProgress { get; init; }

    /// <summary>Receives the client's log lines (never a secret); null writes warnings to stderr and information to stdout.</summary>
    public Action<KaggleLogLevel, string>? Log { get; init; }

    /// <summary>The HTTP handler (a proxy, a test double); it must not follow redirects. Null uses a <see cref="SocketsHttpHandler"/>.</summary>
    public HttpMessageHandler? Handler { get; init; }
}
