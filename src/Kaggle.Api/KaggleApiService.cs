using Kaggle.Runner;

namespace Kaggle.Api;

/// <summary>
/// The <see cref="IKaggleService"/> the Download and Submit stages use: a thin adapter over <see cref="KaggleClient"/>.
/// Download fetches <c>&lt;slug&gt;.zip</c> into the destination and extracts it; Submit uploads, confirms and (optionally)
/// waits for the public score. The client is created on first use, so stages that never reach Kaggle (train, validate)
/// read no credentials. A <see cref="KaggleApiException"/> is rethrown as a <see cref="StageException"/> (the original as
/// its inner exception), which the runner prints as one actionable line instead of a stack trace.
/// </summary>
public sealed class KaggleApiService : IKaggleService, IDisposable
{
    private readonly Lazy<KaggleClient> _client;
    private readonly bool _ownsClient;

    /// <summary>Creates the client from <paramref name="options"/> on first use (defaults: the real machine, KAGGLE_API_ENDPOINT or api.kaggle.com).</summary>
    public KaggleApiService(KaggleClientOptions? options = null)
    {
        _client = new Lazy<KaggleClient>(() => new KaggleClient(options));
        _ownsClient = true;
    }

    /// <summary>Wraps an existing client (not disposed by this service).</summary>
    public KaggleApiService(KaggleClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = new Lazy<KaggleClient>(client);
    }

    /// <summary>The underlying client, for listing submissions or the leaderboard.</summary>
    public KaggleClient Client => Translate(() => _client.Value);

    /// <inheritdoc />
    public bool TryDescribeCredentials(out string source)
    {
        var client = Client;
        return client.TryDescribeCredentials(out source);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DownloadAsync(string slug, string destination, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Client.DownloadAllAsync(slug, destination, force: false, cancellationToken).ConfigureAwait(false);
            return result.Files;
        }
        catch (KaggleApiException e)
        {
            throw new StageException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public async Task<SubmissionReceipt> SubmitAsync(string slug, string file, string message, bool wait, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await Client.SubmitAsync(slug, file, message, wait, cancellationToken).ConfigureAwait(false);
            var submission = outcome.Submission;
            return new SubmissionReceipt(
                submission.Ref, submission.Status.ToString().ToUpperInvariant(), submission.PublicScore, outcome.Message);
        }
        catch (KaggleApiException e) when (e.SubmissionReference is { } reference)
        {
            throw new SubmissionFailedException(e.Message, new SubmissionReceipt(reference, "ERROR", null, e.Message), e);
        }
        catch (KaggleApiException e)
        {
            throw new StageException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubmissionReceipt>> ListSubmissionsAsync(string slug, CancellationToken cancellationToken)
    {
        try
        {
            var submissions = await Client.ListSubmissionsAsync(slug, cancellationToken: cancellationToken).ConfigureAwait(false);
            return submissions
                .Select(s => new SubmissionReceipt(s.Ref, s.Status.ToString().ToUpperInvariant(), s.PublicScore, s.ErrorDescription ?? s.Description))
                .ToArray();
        }
        catch (KaggleApiException e)
        {
            throw new StageException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LeaderboardRow>> GetLeaderboardAsync(string slug, int max, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await Client.GetLeaderboardAsync(slug, max, cancellationToken).ConfigureAwait(false);
            return rows.Select(r => new LeaderboardRow(r.Rank, r.TeamName, r.Score)).ToArray();
        }
        catch (KaggleApiException e)
        {
            throw new StageException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient && _client.IsValueCreated)
            _client.Value.Dispose();
    }

    private static T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (KaggleApiException e)
        {
            throw new StageException(e.Message, e);
        }
    }
}
