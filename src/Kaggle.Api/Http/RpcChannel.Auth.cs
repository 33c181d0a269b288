using System.Net.Http.Json;
using System.Text.Json;
using Kaggle.Api.Auth;
using Kaggle.Api.Protocol;

namespace Kaggle.Api.Http;

// Credentials: the token if any (checked once with IntrospectToken), else the legacy key; exactly one scheme per request.
internal sealed partial class RpcChannel
{
    private readonly SemaphoreSlim _credentialGate = new(1, 1);
    private KaggleCredentials? _active;

    /// <summary>The credentials in use after validation, or the preferred ones before the first call.</summary>
    public KaggleCredentials? CurrentCredentials => _active ?? Credentials.Preferred;

    /// <summary>The help text for a machine with no credentials.</summary>
    public string MissingCredentialsHelp()
    {
        var directory = Credentials.ConfigDirectory;
        return "No Kaggle credentials were found. Looked for KAGGLE_API_TOKEN, "
            + $"{Path.Combine(directory, "access_token")}, KAGGLE_USERNAME/KAGGLE_KEY and {Path.Combine(directory, "kaggle.json")}. "
            + $"Create an API token at {KaggleErrors.SettingsUrl} (API section), then set KAGGLE_API_TOKEN=<token> or save it to "
            + $"{Path.Combine(directory, "access_token")} with 'chmod 600'.";
    }

    private async Task<KaggleCredentials> ActiveCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_active is { } active)
            return active;
        var preferred = Credentials.Preferred
            ?? throw new KaggleApiException(KaggleErrorKind.MissingCredentials, MissingCredentialsHelp());
        if (preferred.Scheme != KaggleCredentialScheme.Bearer || !_options.ValidateAccessToken)
            return _active = preferred;

        await _credentialGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_active is { } validated)
                return validated;
            if (await IsTokenActiveAsync(preferred, cancellationToken).ConfigureAwait(false))
                return _active = preferred;
            if (Credentials.Key is { } key)
            {
                Log.Warning($"The access token from {preferred.Source} is not active (IntrospectToken); using the legacy key from {key.Source} instead.");
                return _active = key;
            }
            throw new KaggleApiException(KaggleErrorKind.Authentication,
                $"The access token from {preferred.Source} is not active: Kaggle's IntrospectToken rejected it. "
                + $"Create a new API token at {KaggleErrors.SettingsUrl} and put it in KAGGLE_API_TOKEN or "
                + $"{Path.Combine(Credentials.ConfigDirectory, "access_token")}.", 401);
        }
        finally
        {
            _credentialGate.Release();
        }
    }

    /// <summary>
    /// <c>POST /v1/security.OAuthService/IntrospectToken {"token":…}</c>: active only when the answer says
    /// <c>active</c> and names a user. 400/401/403/404 mean inactive, as in the CLI; other failures throw.
    /// </summary>
    private async Task<bool> IsTokenActiveAsync(KaggleCredentials token, CancellationToken cancellationToken)
    {
        var call = new RpcCall("security.OAuthService", "IntrospectToken", null, "check the access token");
        var (response, attempts) = await SendAsync(call, new IntrospectTokenRequest(token.TokenValue), token, cancellationToken)
            .ConfigureAwait(false);
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 400 or 401 or 403 or 404)
                return false;
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await FailureAsync(call, status, text, token, attempts, cancellationToken).ConfigureAwait(false);
            if (KaggleErrors.ErrorInBody(text) is not null)
                return false;
            try
            {
                var answer = JsonSerializer.Deserialize<IntrospectTokenResponse>(text, KaggleJson.Options);
                return answer is { Active: true, Username.Length: > 0 };
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }

    /// <summary>The exception for a failed call, with close slugs suggested when the competition seems unknown.</summary>
    private async Task<KaggleApiException> FailureAsync(
        RpcCall call, int status, string? body, KaggleCredentials credentials, int attempts, CancellationToken cancellationToken)
    {
        var message = KaggleErrors.ExtractMessage(body);
        message = message is null ? null : Log.Redact(message);
        IReadOnlyList<string> suggestions = [];
        if (call.Slug is { } slug && (status == 404 || (status == 403 && !KaggleErrors.IsRulesMessage(message))))
            suggestions = await SuggestSlugsAsync(slug, credentials, cancellationToken).ConfigureAwait(false);
        return KaggleErrors.FromStatus(call, status, message, credentials.Source, attempts, suggestions);
    }

    /// <summary>
    /// Best effort, one attempt each: ListCompetitions searched by the slug, then unfiltered; the closest slugs by edit
    /// distance. Any failure yields no suggestion (the original error is what matters).
    /// </summary>
    private async Task<IReadOnlyList<string>> SuggestSlugsAsync(string slug, KaggleCredentials credentials, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        foreach (var search in new[] { slug, null })
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Endpoint, $"v1/{RpcCall.Competitions}/ListCompetitions"))
                {
                    Content = JsonContent.Create(new ListCompetitionsRequest(search), options: KaggleJson.Options),
                };
                request.Headers.Authorization = credentials.ToHeader();
                using var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                    continue;
                var list = await response.Content.ReadFromJsonAsync<ListCompetitionsResponse>(KaggleJson.Options, cancellationToken)
                    .ConfigureAwait(false);
                candidates.AddRange((list?.Competitions ?? []).Where(c => c.Ref is { Length: > 0 }).Select(c => WireMapping.SlugOfRef(c.Ref!)));
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }
            if (SlugSuggestions.Closest(slug, candidates) is { Count: > 0 } found)
                return found;
        }
        return [];
    }
}
