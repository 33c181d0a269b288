using System.Text.Json;

namespace Kaggle.Api.Http;

/// <summary>
/// Turns an HTTP failure into a <see cref="KaggleApiException"/> whose message says what to do next
/// (KAGGLE_API.md §7–§8): which credentials were rejected, where to accept the rules, which slug was meant.
/// </summary>
internal static class KaggleErrors
{
    public const string SettingsUrl = "https://www.kaggle.com/settings";

    public static string CompetitionUrl(string slug) => $"https://www.kaggle.com/competitions/{slug}";

    public static string RulesUrl(string slug) => $"{CompetitionUrl(slug)}/rules";

    /// <summary>True for the 403 that means "accept the rules first" (the texts seen so far all mention the rules).</summary>
    public static bool IsRulesMessage(string? message) =>
        message is not null && message.Contains("rules", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a refusal that is about the daily (or total) submission quota.</summary>
    public static bool IsLimitMessage(string? message) =>
        message is not null
        && (message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("quota", StringComparison.OrdinalIgnoreCase));

    /// <summary>The exception for an HTTP failure status (after retries, when they applied).</summary>
    /// <param name="call">The call that failed.</param>
    /// <param name="status">The HTTP status (or the <c>code</c> of an error carried in a 200 body).</param>
    /// <param name="serverMessage">The server's message, already redacted; may be null.</param>
    /// <param name="credentialSource">Where the credentials used came from (never the secret).</param>
    /// <param name="attempts">How many times the call was sent.</param>
    /// <param name="suggestions">Close slugs to suggest for an unknown competition.</param>
    public static KaggleApiException FromStatus(
        RpcCall call, int status, string? serverMessage, string credentialSource, int attempts, IReadOnlyList<string> suggestions)
    {
        var said = string.IsNullOrWhiteSpace(serverMessage) ? "" : $": {serverMessage.Trim()}";
        var slug = call.Slug;
        var didYouMean = suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
        return status switch
        {
            401 => new(KaggleErrorKind.Authentication,
                $"Kaggle rejected the credentials from {credentialSource} while trying to {call.Action} (HTTP 401{said}). "
                + $"Check them, or create a new API token at {SettingsUrl} and put it in KAGGLE_API_TOKEN.", status),
            403 when slug is not null && IsRulesMessage(serverMessage) => new(KaggleErrorKind.RulesNotAccepted,
                $"Kaggle refused to {call.Action} because the rules of '{slug}' have not been accepted (HTTP 403{said}). "
                + $"Accept them at {RulesUrl(slug)} while signed in as the account of {credentialSource}, then run again.", status),
            403 when slug is not null => new(KaggleErrorKind.Forbidden,
                $"Kaggle refused to {call.Action} (HTTP 403{said}). Either '{slug}' is not the competition's slug or the account of "
                + $"{credentialSource} has not joined it: open {CompetitionUrl(slug)}, join, and accept the rules at {RulesUrl(slug)}.{didYouMean}",
                status),
            403 => new(KaggleErrorKind.Forbidden,
                $"Kaggle refused to {call.Action} (HTTP 403{said}) for the account of {credentialSource}.", status),
            404 when slug is not null => new(KaggleErrorKind.NotFound,
                $"Kaggle does not know the competition '{slug}' (HTTP 404{said}) while trying to {call.Action}. "
                + $"The slug is the last part of the competition's address, e.g. 'titanic' in {CompetitionUrl("titanic")}.{didYouMean}",
                status),
            404 => new(KaggleErrorKind.NotFound, $"Kaggle found nothing to {call.Action} (HTTP 404{said}).", status),
            429 => new(KaggleErrorKind.RateLimited,
                $"Kaggle kept rate-limiting the client (HTTP 429{said}) while trying to {call.Action}, {attempts} attempts in all. "
                + "Wait a few minutes and run again.", status),
            >= 500 => new(KaggleErrorKind.Server,
                $"Kaggle's server failed to {call.Action} (HTTP {status}{said}), {attempts} attempts in all. "
                + "Kaggle may be having an outage; try again later.", status),
            400 when IsLimitMessage(serverMessage) => new(KaggleErrorKind.DailyLimit,
                $"Kaggle refused to {call.Action} because a submission limit is reached (HTTP 400{said}). "
                + "Daily limits reset at 00:00 UTC.", status),
            _ => new(KaggleErrorKind.BadRequest, $"Kaggle refused to {call.Action} (HTTP {status}{said}).", status),
        };
    }

    /// <summary>The <c>message</c> of a JSON error body (<c>{"code","message"}</c> or Google's <c>{"error":{"message"}}</c>), else short plain text.</summary>
    public static string? ExtractMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        var trimmed = body.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                var root = document.RootElement;
                if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                    return message.GetString();
                if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                    && error.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.String)
                    return inner.GetString();
                return null;
            }
            catch (JsonException)
            {
                return Shorten(trimmed);
            }
        }
        // An HTML error page says nothing a user can act on; short plain text or XML (storage errors) does.
        return trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? null
            : Shorten(trimmed);
    }

    /// <summary>The code and message of an error carried in a 2xx JSON body (<c>{"code":403,"message":…}</c>), if any.</summary>
    public static (int Code, string? Message)? ErrorInBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('{'))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!root.TryGetProperty("code", out var code))
                return null;
            var value = code.ValueKind switch
            {
                JsonValueKind.Number when code.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(code.GetString(), out var n) => n,
                _ => 0,
            };
            if (value < 400)
                return null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (value, message);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 300 ? oneLine : oneLine[..300] + "…";
    }
}
