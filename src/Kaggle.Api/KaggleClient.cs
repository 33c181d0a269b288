using System.Text.RegularExpressions;
using Kaggle.Api.Auth;
using Kaggle.Api.Http;

namespace Kaggle.Api;

/// <summary>
/// The Kaggle competition API over the current RPC protocol (Gen C, see KAGGLE_API.md): list and download a
/// competition's files, submit a file and wait for its score, list submissions and the leaderboard.
/// Credentials are found as the official CLI finds them (<see cref="CredentialResolver"/>); the endpoint is
/// <c>KAGGLE_API_ENDPOINT</c> or https://api.kaggle.com. Every failure is a <see cref="KaggleApiException"/>.
/// </summary>
/// <example>
/// <code>
/// using var kaggle = new KaggleClient();
/// await kaggle.DownloadAllAsync("titanic", "data/titanic");
/// var outcome = await kaggle.SubmitAsync("titanic", "submission.csv", "baseline", wait: true);
/// Console.WriteLine(outcome.Submission.PublicScore);
/// </code>
/// </example>
public sealed partial class KaggleClient : IDisposable
{
    private const int PageSize = 50;
    private const int MaxPages = 1000;

    private readonly KaggleClientOptions _options;
    private readonly RpcChannel _rpc;

    /// <summary>Finds credentials (no network call yet) and prepares the HTTP client.</summary>
    public KaggleClient(KaggleClientOptions? options = null)
    {
        _options = options ?? new KaggleClientOptions();
        var warnings = new List<string>();
        var credentials = CredentialResolver.Resolve(_options.Environment, warnings.Add);
        var log = new KaggleLogger(_options.Log, credentials);
        foreach (var warning in warnings)
            log.Warning(warning);
        _rpc = new RpcChannel(_options, credentials, log);
    }

    /// <summary>The API root calls go to (e.g. https://api.kaggle.com/).</summary>
    public Uri Endpoint => _rpc.Endpoint;

    /// <summary>The credentials found on this machine (their sources only; secrets are not exposed).</summary>
    public CredentialSet Credentials => _rpc.Credentials;

    /// <summary>
    /// True when credentials exist; <paramref name="source"/> then names where they came from, e.g. "Bearer credentials
    /// from KAGGLE_API_TOKEN". Otherwise it holds the help text for setting them up. Never a secret.
    /// </summary>
    public bool TryDescribeCredentials(out string source)
    {
        var current = _rpc.CurrentCredentials;
        source = current?.ToString() ?? _rpc.MissingCredentialsHelp();
        return current is not null;
    }

    /// <summary>
    /// The slug of a competition given as a slug or as its address ("https://www.kaggle.com/competitions/titanic"
    /// gives "titanic"); throws when it cannot be one (slugs are lowercase letters, digits and hyphens).
    /// </summary>
    public static string NormalizeSlug(string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        var text = slug.Trim();
        var match = Regex.Match(text, @"kaggle\.com/(?:competitions|c)/([^/?#]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        if (match.Success)
            text = match.Groups[1].Value;
        if (!Regex.IsMatch(text, "^[A-Za-z0-9][A-Za-z0-9-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            throw new ArgumentException(
                $"'{slug}' is not a competition slug: expected letters, digits and hyphens, e.g. 'titanic' from "
                + "https://www.kaggle.com/competitions/titanic.", nameof(slug));
        return text;
    }

    /// <inheritdoc />
    public void Dispose() => _rpc.Dispose();

    /// <summary>
    /// Follows <c>nextPageToken</c> until it is empty, repeats, or <paramref name="max"/> items (or
    /// <paramref name="enough"/>) say stop.
    /// </summary>
    private async Task<List<TItem>> PagesAsync<TResponse, TItem>(
        RpcCall call,
        Func<string?, object> request,
        Func<TResponse, (IEnumerable<TItem>? Items, string? Next)> read,
        int max,
        Func<IReadOnlyList<TItem>, bool>? enough,
        CancellationToken cancellationToken)
    {
        var items = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        for (var page = 0; page < MaxPages && items.Count < max; page++)
        {
            var response = await _rpc.CallAsync<TResponse>(call, request(token), cancellationToken).ConfigureAwait(false);
            var (pageItems, next) = read(response);
            var batch = pageItems?.ToArray() ?? [];
            items.AddRange(batch);
            if (string.IsNullOrEmpty(next) || !seen.Add(next) || batch.Length == 0 || (enough?.Invoke(batch) ?? false))
                break;
            token = next;
        }
        return items.Count > max ? items.GetRange(0, max) : items;
    }
}
