using System.Text.Json;

namespace Kaggle.Api.Auth;

/// <summary>
/// Finds Kaggle credentials in the official CLI's order:
/// <list type="number">
/// <item><c>KAGGLE_API_TOKEN</c> (the token itself, or the path of a file holding it), then
/// <c>&lt;config dir&gt;/access_token</c> (and <c>access_token.txt</c>) → Bearer;</item>
/// <item>else <c>KAGGLE_USERNAME</c>/<c>KAGGLE_KEY</c>, each overriding the same key of
/// <c>&lt;config dir&gt;/kaggle.json</c> → Basic.</item>
/// </list>
/// The config dir is <c>KAGGLE_CONFIG_DIR</c>, else <c>~/.kaggle</c>, else (Linux, when <c>~/.kaggle</c> is absent)
/// <c>$XDG_CONFIG_HOME/kaggle</c> or <c>~/.config/kaggle</c>. See KAGGLE_API.md §2.
/// </summary>
public static class CredentialResolver
{
    /// <summary>The variable holding an access token or the path of a file that holds one.</summary>
    public const string TokenVariable = "KAGGLE_API_TOKEN";

    /// <summary>Resolves credentials; <paramref name="warn"/> receives warnings (never a secret).</summary>
    public static CredentialSet Resolve(IKaggleEnvironment environment, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        warn ??= _ => { };
        var configDirectory = ConfigDirectory(environment);
        var token = FindToken(environment, configDirectory, warn);
        var key = FindKey(environment, configDirectory, warn);
        return new CredentialSet(token, key, configDirectory);
    }

    /// <summary>The folder that holds kaggle.json and access_token.</summary>
    public static string ConfigDirectory(IKaggleEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var explicitDirectory = NonEmpty(environment.GetVariable("KAGGLE_CONFIG_DIR"));
        if (explicitDirectory is not null)
            return explicitDirectory;
        var home = Path.Combine(environment.HomeDirectory, ".kaggle");
        if (!environment.IsLinux || environment.DirectoryExists(home))
            return home;
        var xdg = NonEmpty(environment.GetVariable("XDG_CONFIG_HOME")) ?? Path.Combine(environment.HomeDirectory, ".config");
        return Path.Combine(xdg, "kaggle");
    }

    private static KaggleCredentials? FindToken(IKaggleEnvironment environment, string configDirectory, Action<string> warn)
    {
        var value = NonEmpty(environment.GetVariable(TokenVariable));
        if (value is not null)
        {
            // The CLI accepts either the token or a path to a file holding it; a path is not a secret, so it may be named.
            if (environment.FileExists(value))
            {
                var fromFile = NonEmpty(environment.ReadAllText(value));
                if (fromFile is not null)
                    return KaggleCredentials.Token(fromFile, $"the file named by {TokenVariable} ({value})");
                warn($"{TokenVariable} names the file {value}, which is empty; ignoring it.");
            }
            else
            {
                return KaggleCredentials.Token(value, TokenVariable);
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["access_token", "access_token.txt"])
        {
            var path = Path.Combine(configDirectory, name);
            if (!environment.FileExists(path))
                continue;
            WarnIfReadableByOthers(environment, path, warn);
            var fromFile = NonEmpty(environment.ReadAllText(path));
            if (fromFile is not null)
                return KaggleCredentials.Token(fromFile, path);
        }
        return null;
    }

    private static KaggleCredentials? FindKey(IKaggleEnvironment environment, string configDirectory, Action<string> warn)
    {
        var path = Path.Combine(configDirectory, "kaggle.json");
        string? fileUser = null, fileKey = null;
        if (environment.FileExists(path))
        {
            WarnIfReadableByOthers(environment, path, warn);
            (fileUser, fileKey) = ReadKaggleJson(environment, path, warn);
        }

        var envUser = NonEmpty(environment.GetVariable("KAGGLE_USERNAME"));
        var envKey = NonEmpty(environment.GetVariable("KAGGLE_KEY"));
        var user = envUser ?? fileUser;
        var key = envKey ?? fileKey;
        if (user is null || key is null)
        {
            if (user is not null || key is not null)
                warn($"Found a Kaggle {(user is null ? "key" : "username")} but no {(user is null ? "username" : "key")} "
                    + $"(looked in KAGGLE_USERNAME/KAGGLE_KEY and {path}); the legacy key cannot be used.");
            return null;
        }

        var source = (envUser, envKey) switch
        {
            (not null, not null) => "KAGGLE_USERNAME/KAGGLE_KEY",
            (null, null) => path,
            _ => $"username from {(envUser is null ? path : "KAGGLE_USERNAME")}, key from {(envKey is null ? path : "KAGGLE_KEY")}",
        };
        return KaggleCredentials.Key(user, key, source);
    }

    private static (string? User, string? Key) ReadKaggleJson(IKaggleEnvironment environment, string path, Action<string> warn)
    {
        try
        {
            using var document = JsonDocument.Parse(environment.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                warn($"{path} is not a JSON object like {{\"username\":\"…\",\"key\":\"…\"}}; ignoring it.");
                return (null, null);
            }
            return (StringProperty(document.RootElement, "username"), StringProperty(document.RootElement, "key"));
        }
        catch (JsonException e)
        {
            // Only the position: the parser's message quotes the offending text ("'k7f3…' is an invalid JSON literal"), which
            // for an unquoted key is the key itself.
            warn($"{path} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); check that every value "
                + "is in double quotes, like {\"username\":\"…\",\"key\":\"…\"}. Ignoring it.");
            return (null, null);
        }
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;

    private static void WarnIfReadableByOthers(IKaggleEnvironment environment, string path, Action<string> warn)
    {
        var mode = environment.GetUnixFileMode(path);
        if (mode is { } m && (m & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
            warn($"Your Kaggle credentials in {path} are readable by other users on this system; run 'chmod 600 {path}'.");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
