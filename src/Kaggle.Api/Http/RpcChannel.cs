using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kaggle.Api.Auth;
using Kaggle.Api.Protocol;
using Polly;
using Polly.Retry;

namespace Kaggle.Api.Http;

/// <summary>
/// The Gen C transport: <c>POST {endpoint}/v1/{service}/{Method}</c> with a camelCase JSON body and exactly one
/// Authorization header; 429/5xx/network failures retried through Polly; errors (including an error carried in a 200
/// body) turned into actionable <see cref="KaggleApiException"/>s. Storage requests use <see cref="Storage"/>, which
/// never carries credentials.
/// </summary>
internal sealed partial class RpcChannel : IDisposable
{
    private const int MaxErrorBodyChars = 64 * 1024;

    private readonly HttpMessageHandler _handler;
    private readonly bool _ownsHandler;
    private readonly HttpClient _api;
    private readonly KaggleClientOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retryAll;
    private readonly ResiliencePipeline<HttpResponseMessage> _retrySafe;

    public RpcChannel(KaggleClientOptions options, CredentialSet credentials, KaggleLogger log)
    {
        _options = options;
        Credentials = credentials;
        Log = log;
        Endpoint = ResolveEndpoint(options);
        _ownsHandler = options.Handler is null;
        // Redirects are followed by hand: that is how Authorization is kept away from storage and the signed URL kept for resume.
        _handler = options.Handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None };
        _api = new HttpClient(_handler, disposeHandler: false) { Timeout = options.RequestTimeout };
        Storage = new HttpClient(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        _retryAll = BuildRetry(options, log, safeOnly: false);
        _retrySafe = BuildRetry(options, log, safeOnly: true);
    }

    /// <summary>The API root, e.g. https://api.kaggle.com.</summary>
    public Uri Endpoint { get; }

    /// <summary>What was found on the machine.</summary>
    public CredentialSet Credentials { get; }

    public KaggleLogger Log { get; }

    /// <summary>An HTTP client for signed storage URLs: no credentials, no timeout (bodies can be large).</summary>
    public HttpClient Storage { get; }

    /// <summary>The retry pipeline for idempotent requests (also used for the upload PUT).</summary>
    public ResiliencePipeline<HttpResponseMessage> Retry => _retryAll;

    /// <summary>Calls <paramref name="call"/> and deserializes a 2xx JSON answer into <typeparamref name="T"/>.</summary>
    public async Task<T> CallAsync<T>(RpcCall call, object body, CancellationToken cancellationToken)
    {
        var credentials = await ActiveCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var (response, attempts) = await SendAsync(call, body, credentials, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await FailureAsync(call, (int)response.StatusCode, text, credentials, attempts, cancellationToken).ConfigureAwait(false);
            if (KaggleErrors.ErrorInBody(text) is { } error)
                throw await FailureAsync(call, error.Code, text, credentials, attempts, cancellationToken).ConfigureAwait(false);
            try
            {
                return JsonSerializer.Deserialize<T>(text, KaggleJson.Options)
                    ?? throw Protocol(call, $"an empty body ({(int)response.StatusCode})");
            }
            catch (JsonException e)
            {
                throw new KaggleApiException(KaggleErrorKind.Protocol,
                    $"Kaggle answered {call.Method} with HTTP {(int)response.StatusCode} but the body is not the expected JSON ({Log.Redact(e.Message)}); "
                    + $"is {Endpoint} really the Kaggle API?", (int)response.StatusCode, e);
            }
        }
    }

    /// <summary>
    /// Calls a download method, which answers 302 to a signed storage URL, and returns that URL without following it.
    /// A 200 JSON <c>{"url":…}</c> (the HttpRedirect shape) is accepted too; 307/308 and a 302 without Location are errors.
    /// </summary>
    public async Task<Uri> RedirectAsync(RpcCall call, object body, CancellationToken cancellationToken)
    {
        var credentials = await ActiveCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var (response, attempts) = await SendAsync(call, body, credentials, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303)
            {
                var location = response.Headers.Location
                    ?? throw Protocol(call, $"HTTP {status} without a Location header");
                return location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            }
            if (status is 307 or 308)
                throw Protocol(call, $"HTTP {status}, which would re-send the POST and its credentials to storage (a 302 was expected)");
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await FailureAsync(call, status, text, credentials, attempts, cancellationToken).ConfigureAwait(false);
            if (KaggleErrors.ErrorInBody(text) is { } error)
                throw await FailureAsync(call, error.Code, text, credentials, attempts, cancellationToken).ConfigureAwait(false);
            RedirectBody? redirect = null;
            try
            {
                redirect = JsonSerializer.Deserialize<RedirectBody>(text, KaggleJson.Options);
            }
            catch (JsonException)
            {
                // Not JSON: reported below like any 200 without a URL.
            }
            if (redirect?.Url is { Length: > 0 } url && Uri.TryCreate(Endpoint, url, out var target))
                return target;
            throw Protocol(call, $"HTTP {status} with neither a redirect nor a URL (expected 302 to the file's storage address)");
        }
    }

    public void Dispose()
    {
        _api.Dispose();
        Storage.Dispose();
        _credentialGate.Dispose();
        if (_ownsHandler)
            _handler.Dispose();
    }

    /// <summary>Sends one call through the retry pipeline; returns the last response and how many attempts were made.</summary>
    private async Task<(HttpResponseMessage Response, int Attempts)> SendAsync(
        RpcCall call, object body, KaggleCredentials credentials, CancellationToken cancellationToken)
    {
        var uri = new Uri(Endpoint, $"v1/{call.Service}/{call.Method}");
        var attempts = 0;
        var pipeline = call.RetryAll ? _retryAll : _retrySafe;
        try
        {
            var response = await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var request = new HttpRequestMessage(HttpMethod.Post, uri)
                {
                    Content = JsonContent.Create(body, body.GetType(), options: KaggleJson.Options),
                };
                request.Headers.Authorization = credentials.ToHeader();
                return await _api.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return (response, attempts);
        }
        catch (HttpRequestException e)
        {
            throw new KaggleApiException(KaggleErrorKind.Server,
                $"Could not reach the Kaggle API at {Endpoint} to {call.Action} ({Log.Redact(e.Message)}), {attempts} attempts in all. "
                + "Check the network (and KAGGLE_API_ENDPOINT, if set).", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new KaggleApiException(KaggleErrorKind.Server,
                $"The Kaggle API at {Endpoint} did not answer within {_options.RequestTimeout.TotalSeconds:0} s while trying to {call.Action}, "
                + $"{attempts} attempts in all.", null, e);
        }
    }

    private static KaggleApiException Protocol(RpcCall call, string what) =>
        new(KaggleErrorKind.Protocol, $"Kaggle answered {call.Method} with {what}; the client cannot {call.Action}.");

    private static Uri ResolveEndpoint(KaggleClientOptions options)
    {
        var text = options.Endpoint?.ToString() ?? options.Environment.GetVariable("KAGGLE_API_ENDPOINT");
        if (string.IsNullOrWhiteSpace(text))
            text = KaggleClientOptions.DefaultEndpoint.ToString();
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new KaggleApiException(KaggleErrorKind.Protocol,
                $"KAGGLE_API_ENDPOINT must be an absolute http(s) address such as https://api.kaggle.com, but is '{text}'.");
        // Accept "…/v1" too: the method paths add it themselves.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v1", StringComparison.Ordinal))
            path = path[..^3];
        return new UriBuilder(uri) { Path = path + "/" }.Uri;
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildRetry(KaggleClientOptions options, KaggleLogger log, bool safeOnly)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries <= 0)
            return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = options.UseJitter,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                // A call that must not run twice is retried only when the server says it did not run it.
                { Result: { } r } when safeOnly => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
                { Result: { } r } => RetryDelays.IsTransient(r.StatusCode),
                { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } } => true,
                { Exception: HttpRequestException } => !safeOnly,
                { Exception: TaskCanceledException { InnerException: TimeoutException } } => !safeOnly,
                _ => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } r ? RetryDelays.RetryAfter(r, options.TimeProvider, options.MaxRetryDelay) : null),
            OnRetry = args =>
            {
                var what = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "failure";
                log.Information($"Kaggle API: {what}; retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.##} s.");
                return default;
            },
        }).Build();
    }
}
