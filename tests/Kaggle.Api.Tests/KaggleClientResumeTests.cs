using System.Text;
using Kaggle.Api.FakeServer;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientResumeTests : ApiTestBase, IClassFixture<FakeServerFixture>
{
    private readonly byte[] _archive;

    public KaggleClientResumeTests(FakeServerFixture fixture)
        : base(fixture)
    {
        // Big enough that half of it spans several socket reads; stored (not deflated) by the fake's Fastest level on noise.
        var noise = new byte[200_000];
        new Random(7).NextBytes(noise);
        Titanic.Files["noise.bin"] = noise;
        _archive = FakeKaggleServer.Zip(Titanic.Files);
    }

    private string ArchivePath => Path.Combine(Folder, "titanic.zip");

    [Fact]
    public async Task DownloadAll_ConnectionCutHalfway_ResumesWithRangeAndVerifies()
    {
        Server.Faults.CutDownloads = 1;
        using var client = Client();

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
        Assert.Equal(4, result.Files.Count);
        var storage = Requests("storage");
        Assert.Equal(2, storage.Count);
        Assert.Null(storage[0].Range);
        Assert.Matches(@"^bytes=\d+-$", storage[1].Range);
        Assert.Equal(206, storage[1].Status);
        Assert.NotEqual("bytes=0-", storage[1].Range);
    }

    [Fact]
    public async Task DownloadAll_PartialFileFromEarlierRun_ResumedNotRestarted()
    {
        File.WriteAllBytes(ArchivePath + ".part", _archive[..1000]);
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("bytes=1000-", Requests("storage").Single().Range);
        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
    }

    [Fact]
    public async Task DownloadAll_ServerIgnoresRange_RestartsFromZeroInsteadOfAppending()
    {
        File.WriteAllBytes(ArchivePath + ".part", _archive[..1000]);
        Server.Faults.IgnoreRange = true;
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
        Assert.Contains(Log, l => l.Message.Contains("ignored the Range", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadAll_416WithMatchingSize_TreatsPartAsComplete()
    {
        File.WriteAllBytes(ArchivePath + ".part", _archive);
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(416, Requests("storage").Single().Status);
        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
    }

    [Fact]
    public async Task DownloadAll_416WithOtherSize_RestartsFromZero()
    {
        File.WriteAllBytes(ArchivePath + ".part", [.. _archive, .. new byte[50]]);
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        var storage = Requests("storage");
        Assert.Equal([416, 200], storage.Select(r => r.Status));
        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
    }

    [Fact]
    public async Task DownloadAll_Md5Mismatch_DeletesAndReportsCorruption()
    {
        Server.Faults.WrongMd5 = true;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
        Assert.Contains("MD5", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ArchivePath));
        Assert.False(File.Exists(ArchivePath + ".part"));
    }

    [Fact]
    public async Task DownloadAll_SignedUrlExpiresBeforeResume_AsksForAFreshOne()
    {
        Server.Faults.CutDownloads = 1;
        Server.Faults.SingleUseUrls = true;
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, Requests("api", "DownloadDataFiles").Count);
        Assert.Equal([200, 403, 206], Requests("storage").Select(r => r.Status));
        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
    }

    [Fact]
    public async Task DownloadAll_NoContentLengthNoLastModifiedNoMd5_StillWorks()
    {
        Server.Faults.OmitContentLength = true;
        Server.Faults.OmitLastModified = true;
        Server.Faults.OmitMd5 = true;
        using var client = Client();

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(_archive, File.ReadAllBytes(ArchivePath));
        Assert.Equal(4, result.Files.Count);
    }

    [Fact]
    public async Task DownloadAll_Storage503ThenOk_RetriedWithBackoff()
    {
        Server.Faults.StorageGet.Enqueue(503);
        Server.Faults.StorageGet.Enqueue(503);
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([503, 503, 200], Requests("storage").Select(r => r.Status));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], Clock.Waits);
    }

    [Fact]
    public async Task DownloadAll_CutEveryTime_GivesUpKeepingThePartialFile()
    {
        Server.Faults.CutDownloads = 100;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Server, error.Kind);
        Assert.Contains("run again to resume", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Requests("storage").Count);
        var part = File.ReadAllBytes(ArchivePath + ".part");
        Assert.Equal(_archive[..part.Length], part);
    }

    [Fact]
    public async Task DownloadAll_ThenResumeAcrossRuns_CompletesTheFile()
    {
        Server.Faults.CutDownloads = 100;
        using (var first = Client(o => o with { MaxRetries = 0 }))
            await Assert.ThrowsAsync<KaggleApiException>(() => first.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));
        Server.Faults.CutDownloads = 0;
        using var second = Client();

        await second.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.StartsWith("bytes=", Requests("storage")[^1].Range, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(Titanic.Files["train.csv"]), File.ReadAllText(Path.Combine(Folder, "train.csv")));
    }
}
