using Kaggle.Api.FakeServer;

namespace Kaggle.Api.Tests.Support;

/// <summary>One fake Kaggle (API and storage on their own free ports) per test class; each test resets it.</summary>
public sealed class FakeServerFixture : IAsyncLifetime
{
    public FakeKaggleServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await FakeKaggleServer.StartAsync();

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
