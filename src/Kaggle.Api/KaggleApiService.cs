using Kaggle.Core.Runner;

namespace Kaggle.Api;

/// <summary>
/// The <see cref="IKaggleService"/> the Download and Submit stages use: a thin adapter over <see cref="KaggleClient"/>.
/// Download fetches <c>&lt;slug&gt;.zip</c> into the destination and extracts it; Submit uploads, confirms and (optionally)
/// waits for the public score. Failures throw <see cref="KaggleApiException"/>.
/// </summary>
public sealed class KaggleApiService : IKaggleService, IDisposable
{
    private readonly KaggleClient _client;
    private readonly bool _ownsClient;

    /// <summary>Creates a client from <paramref name="options"/> (defaults: the real machine and api.kaggle.com or KAGGLE_API_ENDPOINT).</summary>
    public KaggleApiService(KaggleClientOptions? options = null)
    {
        _client = new KaggleClient(options);
        _ownsClient = true;
    }

    /// <summary>Wraps an existing client (not disposed by this service).</summary>
    public KaggleApiService(KaggleClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>The underlying client, for listing submissions or the leaderboard.</summary>
    public KaggleClient Client => _client;

    /// <inheritdoc />
    public bool TryDescribeCredentials(out string source) => _client.TryDescribeCredentials(out source);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DownloadAsync(string slug, string destination, CancellationToken cancellationToken)
    {
        var result = await _client.DownloadAllAsync(slug, destination, force: false, cancellationToken).ConfigureAwait(false);
        return result.Files;
    }

    /// <inheritdoc />
    public async Task<SubmissionReceipt> SubmitAsync(string slug, string file, string message, bool wait, CancellationToken cancellationToken)
    {
        var outcome = await _client.SubmitAsync(slug, file, message, wait, cancellationToken).ConfigureAwait(false);
        var submission = outcome.Submission;
        return new SubmissionReceipt(
            submission.Ref, submission.Status.ToString().ToUpperInvariant(), submission.PublicScore, outcome.Message);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
            _client.Dispose();
    }
}
