using System.Net.Http.Headers;
using System.Text;

namespace Kaggle.Api.Auth;

/// <summary>
/// One set of credentials and where it came from. The secret itself is private: <see cref="ToString"/>,
/// <see cref="Source"/> and every message built from this object name the source only, never the secret.
/// </summary>
public sealed class KaggleCredentials
{
    private readonly string _secret;
    private readonly string[] _secretForms;

    private KaggleCredentials(KaggleCredentialScheme scheme, string source, string? userName, string secret, string[] secretForms)
    {
        Scheme = scheme;
        Source = source;
        UserName = userName;
        _secret = secret;
        _secretForms = secretForms;
    }

    /// <summary>Bearer or Basic.</summary>
    public KaggleCredentialScheme Scheme { get; }

    /// <summary>Where the credentials were found, e.g. "KAGGLE_API_TOKEN" or "/home/me/.kaggle/kaggle.json". Never a secret.</summary>
    public string Source { get; }

    /// <summary>The Kaggle user name for Basic credentials (not a secret); null for a token.</summary>
    public string? UserName { get; }

    /// <summary>An access token, sent as <c>Authorization: Bearer</c>.</summary>
    public static KaggleCredentials Token(string token, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new KaggleCredentials(KaggleCredentialScheme.Bearer, source, null, token, [token]);
    }

    /// <summary>A legacy user name and key, sent as <c>Authorization: Basic</c>.</summary>
    public static KaggleCredentials Key(string userName, string key, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var pair = $"{userName}:{key}";
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
        return new KaggleCredentials(KaggleCredentialScheme.Basic, source, userName, encoded, [encoded, pair, key]);
    }

    /// <summary>The single Authorization header for an API request.</summary>
    internal AuthenticationHeaderValue ToHeader() =>
        new(Scheme == KaggleCredentialScheme.Bearer ? "Bearer" : "Basic", _secret);

    /// <summary>The token itself, for IntrospectToken's body; only for Bearer credentials.</summary>
    internal string TokenValue => Scheme == KaggleCredentialScheme.Bearer
        ? _secret
        : throw new InvalidOperationException("Basic credentials have no access token.");

    /// <summary>Replaces every form of the secret in <paramref name="text"/> (a server message may echo a header).</summary>
    internal string Redact(string text)
    {
        foreach (var form in _secretForms)
            text = text.Replace(form, "***", StringComparison.Ordinal);
        return text;
    }

    /// <summary>"Bearer credentials from KAGGLE_API_TOKEN": the scheme and the source, never the secret.</summary>
    public override string ToString() => $"{Scheme} credentials from {Source}";
}
