using System.Globalization;
using Kaggle.Api.FakeServer;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientErrorTests(FakeServerFixture fixture) : ApiTestBase(fixture), IClassFixture<FakeServerFixture>
{
    [Fact]
    public async Task DownloadAll_RulesNotAccepted_PointsToTheRulesPage()
    {
        Titanic.RulesAccepted = false;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.RulesNotAccepted, error.Kind);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains("https://www.kaggle.com/competitions/titanic/rules", error.Message, StringComparison.Ordinal);
        Assert.Contains("You must accept this competition's rules", error.Message, StringComparison.Ordinal);
        Assert.Single(Requests("api", "DownloadDataFiles"));
    }

    [Fact]
    public async Task DownloadAll_UnknownSlug404_SuggestsTheCloseSlug()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanik", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.NotFound, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Contains("'titanik'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'titanic'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAll_UnknownSlug403PermissionDenied_SaysJoinOrFixTheSlug()
    {
        Server.Faults.UnknownSlugIs403 = true;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic-2", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Forbidden, error.Kind);
        Assert.Contains("Permission 'competitions.participate' was denied", error.Message, StringComparison.Ordinal);
        Assert.Contains("has not joined", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'titanic'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_UnknownSlugAndNothingClose_NoSuggestion()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("house-prices", TestContext.Current.CancellationToken));

        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_429WithRetryAfterSeconds_WaitsWhatTheServerAsks()
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(429, "2"));
        using var client = Client();

        var files = await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(3, files.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], Clock.Waits);
        Assert.Equal([429, 200], Requests("api").Select(r => r.Status));
    }

    [Fact]
    public async Task Call_429WithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", CultureInfo.InvariantCulture);
        Server.Faults.Rpc.Enqueue(new FakeFailure(429, date));
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        var wait = Assert.Single(Clock.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task Call_429WithHugeRetryAfter_WaitIsCapped()
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(429, "86400"));
        using var client = Client(o => o with { MaxRetryDelay = TimeSpan.FromSeconds(30) });

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(30)], Clock.Waits);
    }

    [Fact]
    public async Task Call_429WithoutRetryAfter_BacksOffExponentially()
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(429));
        Server.Faults.Rpc.Enqueue(new FakeFailure(429));
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], Clock.Waits);
    }

    [Fact]
    public async Task Call_429Forever_GivesUpAfterBoundedRetries()
    {
        for (var i = 0; i < 10; i++)
            Server.Faults.Rpc.Enqueue(new FakeFailure(429, "1"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.RateLimited, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.Contains("4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Requests("api").Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Call_5xxThenOk_RetriedWithBackoff(int status)
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(status));
        Server.Faults.Rpc.Enqueue(new FakeFailure(status));
        using var client = Client();

        var files = await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(3, files.Count);
        Assert.Equal([status, status, 200], Requests("api").Select(r => r.Status));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], Clock.Waits);
    }

    [Fact]
    public async Task Call_5xxForever_ServerErrorAfterBoundedRetries()
    {
        for (var i = 0; i < 10; i++)
            Server.Faults.Rpc.Enqueue(new FakeFailure(503));
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Server, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, Requests("api").Count);
    }

    [Fact]
    public async Task Call_ErrorInA200Body_IsAnError()
    {
        Server.Faults.ErrorIn200 = ("ListDataFiles", 403, "You must accept this competition's rules before you'll be able to download files.");
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.RulesNotAccepted, error.Kind);
        Assert.Equal(403, error.StatusCode);
    }

    [Fact]
    public async Task DownloadAll_ErrorInA200BodyInsteadOfRedirect_IsAnError()
    {
        Server.Faults.ErrorIn200 = ("DownloadDataFiles", 404, "NotFound");
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Call_EndpointNotListening_ServerErrorNamingTheEndpoint()
    {
        using var client = Client(o => o with { Endpoint = new Uri("http://127.0.0.1:1/"), MaxRetries = 1 });

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Server, error.Kind);
        Assert.Contains("http://127.0.0.1:1/", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_SlugGivenAsUrl_Normalized()
    {
        using var client = Client();

        var files = await client.ListDataFilesAsync("https://www.kaggle.com/competitions/titanic/data", TestContext.Current.CancellationToken);

        Assert.Equal(3, files.Count);
    }

    [Fact]
    public async Task Call_SlugWithSpaces_RejectedBeforeAnyRequest()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.ListDataFilesAsync("my competition", TestContext.Current.CancellationToken));

        Assert.Contains("not a competition slug", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}
