using Kaggle.Api.FakeServer;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientAuthTests(FakeServerFixture fixture) : ApiTestBase(fixture), IClassFixture<FakeServerFixture>
{
    [Fact]
    public async Task Call_KaggleJson_SendsBasicOnly()
    {
        using var client = Client();

        var files = await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(3, files.Count);
        var request = Assert.Single(Requests("api"));
        Assert.StartsWith("Basic ", request.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TokenVariable_IntrospectsThenSendsBearer()
    {
        Environment = new FakeEnvironment().Set("KAGGLE_API_TOKEN", FakeKaggleServer.Token);
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);
        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Single(Requests("api", "IntrospectToken"));
        Assert.All(Requests("api", "ListDataFiles"), r => Assert.Equal("Bearer " + FakeKaggleServer.Token, r.Authorization));
    }

    [Fact]
    public async Task Call_TokenFileInConfigDir_SendsBearer()
    {
        Environment = new FakeEnvironment().File("/home/tester/.kaggle/access_token", FakeKaggleServer.Token + "\n");
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal("Bearer " + FakeKaggleServer.Token, Requests("api", "ListDataFiles").Single().Authorization);
    }

    [Fact]
    public async Task Call_InactiveTokenAndValidKey_FallsBackToBasicWithAWarning()
    {
        Environment = new FakeEnvironment()
            .Set("KAGGLE_API_TOKEN", FakeKaggleServer.InactiveToken)
            .KaggleJson(FakeKaggleServer.UserName, FakeKaggleServer.Key);
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        // Exactly one scheme per request: never the inactive token together with (or instead of) the key.
        Assert.StartsWith("Basic ", Requests("api", "ListDataFiles").Single().Authorization, StringComparison.Ordinal);
        Assert.Contains(Log, l => l.Level == KaggleLogLevel.Warning && l.Message.Contains("not active", StringComparison.Ordinal));
        AssertNoSecretLogged();
    }

    [Fact]
    public async Task Call_IntrospectionForbiddenAndNoKey_FailsAsAuthentication()
    {
        Environment = new FakeEnvironment().Set("KAGGLE_API_TOKEN", FakeKaggleServer.Token);
        Server.Faults.IntrospectStatus = 403;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Authentication, error.Kind);
        Assert.Contains("KAGGLE_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("api", "ListDataFiles"));
        AssertNoSecretIn(error.Message);
    }

    [Fact]
    public async Task Call_WrongKey_401NamesTheSourceNotTheSecretAndDoesNotRetry()
    {
        Environment = new FakeEnvironment().KaggleJson(FakeKaggleServer.UserName, "wrong-key-0d4f2a");
        Server.Faults.EchoAuthorization = true;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Authentication, error.Kind);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("/home/tester/.kaggle/kaggle.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://www.kaggle.com/settings", error.Message, StringComparison.Ordinal);
        AssertNoSecretIn(error.Message);
        AssertNoSecretIn(error.ToString());
        Assert.Single(Requests("api"));
    }

    [Fact]
    public async Task Call_NoCredentials_FailsBeforeAnyRequestWithHelp()
    {
        Environment = new FakeEnvironment();
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.MissingCredentials, error.Kind);
        Assert.Contains("KAGGLE_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://www.kaggle.com/settings", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void TryDescribeCredentials_NamesSchemeAndSourceOnly()
    {
        using var withKey = Client();
        Environment = new FakeEnvironment();
        using var without = Client();

        Assert.True(withKey.TryDescribeCredentials(out var source));
        Assert.Equal("Basic credentials from /home/tester/.kaggle/kaggle.json", source);
        Assert.False(without.TryDescribeCredentials(out var help));
        Assert.Contains("No Kaggle credentials", help, StringComparison.Ordinal);
        AssertNoSecretIn(source);
    }

    [Fact]
    public async Task Client_ReadableKaggleJson_LogsAWarningAndWorks()
    {
        Environment = new FakeEnvironment().KaggleJson(FakeKaggleServer.UserName, FakeKaggleServer.Key,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var client = Client();

        await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Contains(Log, l => l.Level == KaggleLogLevel.Warning && l.Message.Contains("chmod 600", StringComparison.Ordinal));
    }

    [Fact]
    public void Endpoint_FromEnvironmentVariable_WithOrWithoutV1()
    {
        Environment = new FakeEnvironment().Set("KAGGLE_API_ENDPOINT", "http://127.0.0.1:9/v1/");
        using var client = Client(o => o with { Endpoint = null });
        Environment = new FakeEnvironment();
        using var standard = Client(o => o with { Endpoint = null });

        Assert.Equal("http://127.0.0.1:9/", client.Endpoint.ToString());
        Assert.Equal("https://api.kaggle.com/", standard.Endpoint.ToString());
    }
}
