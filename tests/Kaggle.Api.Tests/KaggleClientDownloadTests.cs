using System.Text;
using Kaggle.Api.FakeServer;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientDownloadTests(FakeServerFixture fixture) : ApiTestBase(fixture), IClassFixture<FakeServerFixture>
{
    [Fact]
    public async Task DownloadAll_HappyPath_SavesSlugZipAndExtracts()
    {
        using var client = Client();

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Skipped);
        Assert.Equal(Path.Combine(Folder, "titanic.zip"), result.Archive);
        Assert.Equal(["gender_submission.csv", "test.csv", "train.csv"], result.Files.Select(Path.GetFileName));
        Assert.Equal(Titanic.Files["train.csv"], File.ReadAllBytes(Path.Combine(Folder, "train.csv")));
        Assert.False(File.Exists(result.Archive + ".part"));
        // Last-Modified becomes the archive's time, so the next run can tell it is up to date.
        Assert.Equal(new DateTime(2018, 12, 11, 23, 41, 58, DateTimeKind.Utc), File.GetLastWriteTimeUtc(result.Archive));
    }

    [Fact]
    public async Task DownloadAll_Redirect_NeverSendsAuthorizationToStorage()
    {
        using var client = Client();

        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(Requests("api", "DownloadDataFiles").Single().Authorization);
        var storage = Assert.Single(Requests("storage"));
        Assert.Null(storage.Authorization);
        Assert.Equal(200, storage.Status);
    }

    [Fact]
    public async Task DownloadAll_NestedArchive_ReproducesTheTree()
    {
        Titanic.Files.Clear();
        Titanic.Files["train/"] = [];
        Titanic.Files["train/images/0001.png"] = [1, 2, 3];
        Titanic.Files["test/empty.txt"] = [];
        Titanic.Files["données/été.csv"] = Encoding.UTF8.GetBytes("a\n1\n");
        Titanic.Files["a/b/c/d/e/deep.txt"] = "deep"u8.ToArray();
        Titanic.Files["big.csv.zip"] = FakeKaggleServer.Zip([new("big.csv", "x,y\n1,2\n"u8.ToArray())]);
        using var client = Client();

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        var relative = result.Files.Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).ToArray();
        Assert.Equal(["a/b/c/d/e/deep.txt", "big.csv", "données/été.csv", "test/empty.txt", "train/images/0001.png"], relative);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(Folder, "train", "images", "0001.png")));
        Assert.Equal(0, new FileInfo(Path.Combine(Folder, "test", "empty.txt")).Length);
        Assert.Equal("x,y\n1,2\n", File.ReadAllText(Path.Combine(Folder, "big.csv")));
        Assert.False(File.Exists(Path.Combine(Folder, "big.csv.zip")));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("/abs.txt")]
    [InlineData("ok/../../evil.txt")]
    public async Task DownloadAll_EntryEscapingTheFolder_RefusedAndNothingWritten(string entry)
    {
        Titanic.ArchiveOverride = FakeKaggleServer.Zip([new("fine.txt", "ok"u8.ToArray()), new(entry, "pwned"u8.ToArray())]);
        var target = Path.Combine(Folder, "data");
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", target, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "evil.txt")));
        Assert.False(File.Exists("/abs.txt"));
        Assert.False(File.Exists(Path.Combine(target, "fine.txt")));
        Assert.False(File.Exists(Path.Combine(target, "titanic.zip")));
    }

    [Fact]
    public async Task DownloadAll_BodyIsNotAZip_RejectedAndDeleted()
    {
        Titanic.ArchiveOverride = "<!doctype html><html><body>Oops</body></html>"u8.ToArray();
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
        Assert.Contains("not a zip", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "titanic.zip")));
    }

    [Fact]
    public async Task DownloadAll_UpToDateLocalCopy_SkippedUnlessForced()
    {
        using var client = Client();
        await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(Folder, "test.csv"));

        var again = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);
        var forced = await client.DownloadAllAsync("titanic", Folder, force: true, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(again.Skipped);
        Assert.True(File.Exists(Path.Combine(Folder, "test.csv")));
        Assert.False(forced.Skipped);
        Assert.Contains(Log, l => l.Message.Contains("up to date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadFile_PlainFile_SavedUnderItsName()
    {
        using var client = Client();

        var result = await client.DownloadFileAsync("titanic", "train.csv", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(Folder, "train.csv"), Assert.Single(result.Files));
        Assert.Equal(Titanic.Files["train.csv"], File.ReadAllBytes(result.Files[0]));
    }

    [Fact]
    public async Task DownloadFile_ServedZipped_IsExtracted()
    {
        Titanic.ZipSingleFiles = true;
        using var client = Client();

        var result = await client.DownloadFileAsync("titanic", "train.csv", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(Folder, "train.csv.zip"), result.Archive);
        Assert.Equal(Titanic.Files["train.csv"], File.ReadAllBytes(Assert.Single(result.Files)));
    }

    [Fact]
    public async Task DownloadFile_UnknownFile_NotFound()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadFileAsync("titanic", "nope.csv", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task ListDataFiles_ManyPages_FollowsNextPageToken()
    {
        Server.Faults.MaxPageSize = 1;
        using var client = Client();

        var files = await client.ListDataFilesAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(["gender_submission.csv", "test.csv", "train.csv"], files.Select(f => f.Name));
        Assert.Equal(Titanic.Files["train.csv"].Length, files[2].TotalBytes);
        Assert.Equal(3, Requests("api", "ListDataFiles").Count);
    }

    [Theory]
    [InlineData(RedirectMode.NoLocation, "without a Location")]
    [InlineData(RedirectMode.Temporary307, "307")]
    public async Task DownloadAll_BadRedirect_ClearProtocolError(RedirectMode mode, string expected)
    {
        Server.Faults.Redirect = mode;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Protocol, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("storage"));
    }

    [Fact]
    public async Task DownloadAll_RedirectAsJsonUrl_Followed()
    {
        Server.Faults.Redirect = RedirectMode.JsonUrl;
        using var client = Client();

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Files.Count);
    }

    [Fact]
    public async Task DownloadAll_WithProgressBar_SameResult()
    {
        using var client = Client(o => o with { ShowProgress = true });

        var result = await client.DownloadAllAsync("titanic", Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Files.Count);
    }
}
