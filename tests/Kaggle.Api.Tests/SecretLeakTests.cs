using Kaggle.Api.FakeServer;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

/// <summary>Runs failures with a server that echoes the Authorization header, and checks no secret reaches a message or the log.</summary>
public sealed class SecretLeakTests(FakeServerFixture fixture) : ApiTestBase(fixture), IClassFixture<FakeServerFixture>
{
    public static TheoryData<string> Sources => ["kaggle.json", "env-key", "token", "inactive-token-no-key", "inactive-token-wrong-key"];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Failures_WithEveryCredentialSource_NeverShowASecret(string source)
    {
        Environment = source switch
        {
            "kaggle.json" => new FakeEnvironment().KaggleJson(FakeKaggleServer.UserName, "wrong-key-0d4f2a"),
            "env-key" => new FakeEnvironment().Set("KAGGLE_USERNAME", FakeKaggleServer.UserName).Set("KAGGLE_KEY", "wrong-key-0d4f2a"),
            "token" => new FakeEnvironment().Set("KAGGLE_API_TOKEN", FakeKaggleServer.Token),
            "inactive-token-no-key" => new FakeEnvironment().Set("KAGGLE_API_TOKEN", FakeKaggleServer.InactiveToken),
            _ => new FakeEnvironment().Set("KAGGLE_API_TOKEN", FakeKaggleServer.InactiveToken).KaggleJson(FakeKaggleServer.UserName, "wrong-key-0d4f2a"),
        };
        Server.Faults.EchoAuthorization = true;
        Titanic.RulesAccepted = false;
        Server.Faults.Rpc.Enqueue(new FakeFailure(503, Message: "echo"));
        using var client = Client();
        var file = Path.Combine(Folder, "s.csv");
        File.WriteAllText(file, "a\n1\n");
        var messages = new List<string>();

        foreach (var action in new Func<Task>[]
        {
            () => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken),
            () => client.SubmitAsync("titanic", file, "m", cancellationToken: TestContext.Current.CancellationToken),
            () => client.ListSubmissionsAsync("titanik", cancellationToken: TestContext.Current.CancellationToken),
        })
        {
            var error = await Assert.ThrowsAsync<KaggleApiException>(action);
            messages.Add(error.ToString());
        }
        client.TryDescribeCredentials(out var description);
        messages.Add(description);

        Assert.All(messages, AssertNoSecretIn);
        AssertNoSecretLogged();
    }
}
