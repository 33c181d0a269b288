using System.Net;

namespace Kaggle.Api.Http;

/// <summary>Which answers are worth retrying, and how long to wait: the server's Retry-After, else exponential back-off.</summary>
internal static class RetryDelays
{
    /// <summary>429 and 5xx except 501 (a method the server does not implement will not appear on retry).</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    /// <summary>
    /// The wait a 429/503 asks for: <c>Retry-After</c> as seconds or as an HTTP date (relative to <paramref name="clock"/>),
    /// clamped to [0, <paramref name="cap"/>]; null when the header is absent.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock, TimeSpan cap)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - clock.GetUtcNow(),
            _ => null,
        };
        if (wait is null)
            return null;
        return wait.Value < TimeSpan.Zero ? TimeSpan.Zero : wait.Value > cap ? cap : wait.Value;
    }

    /// <summary>base·2^retry, capped, with up to 25 % random jitter when enabled (retry is 0 for the first retry).</summary>
    public static TimeSpan Backoff(int retry, KaggleClientOptions options)
    {
        var seconds = options.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(retry, 30));
        if (options.UseJitter)
            seconds *= 1 + (0.25 * Random.Shared.NextDouble());
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaxRetryDelay.TotalSeconds));
    }
}
