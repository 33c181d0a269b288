using System.Collections.Concurrent;
using System.Text;
using Kaggle.Api.FakeServer;

namespace Kaggle.Api.Tests.Support;

/// <summary>
/// Shared arrangement for tests against the fake server: a reset server with a small "titanic", a temp folder, a client
/// whose waits are recorded (not slept) and whose log lines are captured.
/// </summary>
public abstract class ApiTestBase : IDisposable
{
    private readonly List<KaggleClient> _clients = [];

    protected ApiTestBase(FakeServerFixture fixture)
    {
        Server = fixture.Server;
        Server.Reset();
        Titanic = Server.Add(new FakeCompetition("titanic", "Titanic - Machine Learning from Disaster"));
        Titanic.Files["train.csv"] = Encoding.UTF8.GetBytes("PassengerId,Survived,Pclass\n1,0,3\n2,1,1\n");
        Titanic.Files["test.csv"] = Encoding.UTF8.GetBytes("PassengerId,Pclass\n892,3\n893,3\n");
        Titanic.Files["gender_submission.csv"] = Encoding.UTF8.GetBytes("PassengerId,Survived\n892,0\n893,1\n");
        Folder = Path.Combine(Path.GetTempPath(), "kaggle-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    internal FakeKaggleServer Server { get; }

    internal FakeCompetition Titanic { get; }

    protected string Folder { get; }

    internal RecordingTimeProvider Clock { get; } = new();

    protected ConcurrentQueue<(KaggleLogLevel Level, string Message)> Log { get; } = new();

    internal FakeEnvironment Environment { get; set; } = new FakeEnvironment()
        .KaggleJson(FakeKaggleServer.UserName, FakeKaggleServer.Key);

    /// <summary>The secrets a test might leak: the key, the tokens and the Basic encoding.</summary>
    protected static IReadOnlyList<string> Secrets { get; } =
    [
        FakeKaggleServer.Key, FakeKaggleServer.Token, FakeKaggleServer.InactiveToken, "wrong-key-0d4f2a",
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeKaggleServer.UserName}:{FakeKaggleServer.Key}")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeKaggleServer.UserName}:wrong-key-0d4f2a")),
    ];

    internal KaggleClient Client(Func<KaggleClientOptions, KaggleClientOptions>? configure = null)
    {
        var options = new KaggleClientOptions
        {
            Endpoint = Server.ApiAddress,
            Environment = Environment,
            TimeProvider = Clock,
            MaxRetries = 3,
            UseJitter = false,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            PollInterval = TimeSpan.FromSeconds(10),
            MaxPolls = 10,
            ShowProgress = false,
            Log = (level, message) => Log.Enqueue((level, message)),
        };
        var client = new KaggleClient(configure?.Invoke(options) ?? options);
        _clients.Add(client);
        return client;
    }

    /// <summary>Requests the fake server received on one host ("api" or "storage"), optionally one RPC method.</summary>
    internal IReadOnlyList<RecordedRequest> Requests(string host, string? method = null) =>
        Server.Requests.Where(r => r.Host == host && (method is null || r.Path.EndsWith("/" + method, StringComparison.Ordinal))).ToArray();

    protected void AssertNoSecretIn(string text)
    {
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    protected void AssertNoSecretLogged()
    {
        foreach (var (_, message) in Log)
            AssertNoSecretIn(message);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
            client.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
