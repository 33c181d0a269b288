using Kaggle.Api.Auth;

namespace Kaggle.Api.Http;

/// <summary>Routes log lines to <see cref="KaggleClientOptions.Log"/> after removing every known secret from them.</summary>
internal sealed class KaggleLogger
{
    private readonly Action<KaggleLogLevel, string> _sink;
    private readonly CredentialSet _credentials;

    public KaggleLogger(Action<KaggleLogLevel, string>? sink, CredentialSet credentials)
    {
        _sink = sink ?? WriteToConsole;
        _credentials = credentials;
    }

    public void Information(string message) => _sink(KaggleLogLevel.Information, Redact(message));

    public void Warning(string message) => _sink(KaggleLogLevel.Warning, Redact(message));

    /// <summary>Removes the token, the key and its Basic encoding from text that may quote a server or a header.</summary>
    public string Redact(string text)
    {
        if (_credentials.Token is { } token)
            text = token.Redact(text);
        if (_credentials.Key is { } key)
            text = key.Redact(text);
        return text;
    }

    private static void WriteToConsole(KaggleLogLevel level, string message)
    {
        if (level == KaggleLogLevel.Warning)
            Console.Error.WriteLine($"warning: {message}");
        else
            Console.WriteLine(message);
    }
}
