using Kaggle.Runner;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Stages;
using Kaggle.Scaffold.Sources;

namespace Kaggle.Scaffold.Tests.Sources;

public sealed class DataSourceTests
{
    [Fact]
    public async Task OpenAsync_NoMirrorWithCredentials_DownloadsIntoDataWithTheDownloadRecord()
    {
        using var repo = new SyntheticRepository("api-only");
        var kaggle = new DownloadingKaggle();

        var folder = await DataSource.OpenAsync(repo.Options() with { Mirror = null }, kaggle, TestContext.Current.CancellationToken);

        var data = Path.Combine(repo.Root, "data", "api-only");
        Assert.Equal(data, folder.Location);
        Assert.Equal(["test.csv", "train.csv"], folder.Names);
        var manifest = RunJson.Read<DownloadManifest>(Path.Combine(data, "download.json"));
        Assert.Equal("kaggle-api", manifest.Source);
        Assert.Equal(["test.csv", "train.csv"], manifest.Files.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.Equal([data], Directory.GetDirectories(Path.Combine(repo.Root, "data")));
    }

    [Fact]
    public async Task OpenAsync_DownloadFails_NoDataFolderLeft()
    {
        using var repo = new SyntheticRepository("api-only");

        await Assert.ThrowsAsync<StageException>(() =>
            DataSource.OpenAsync(repo.Options() with { Mirror = null }, new DownloadingKaggle { Fail = true }, TestContext.Current.CancellationToken));

        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(repo.Root, "data")));
    }

    /// <summary>A Kaggle with credentials whose download writes a tiny train and test file (or fails half-way).</summary>
    private sealed class DownloadingKaggle : IKaggleService
    {
        public bool Fail { get; init; }

        public bool TryDescribeCredentials(out string source)
        {
            source = "test";
            return true;
        }

        public Task<IReadOnlyList<string>> DownloadAsync(string slug, string destination, CancellationToken cancellationToken)
        {
            File.WriteAllText(Path.Combine(destination, "train.csv"), "Id,x,y\n1,2,3\n");
            if (Fail) throw new StageException("the download was cut short");
            File.WriteAllText(Path.Combine(destination, "test.csv"), "Id,x\n4,5\n");
            return Task.FromResult<IReadOnlyList<string>>([Path.Combine(destination, "train.csv"), Path.Combine(destination, "test.csv")]);
        }

        public Task<SubmissionReceipt> SubmitAsync(string slug, string file, string message, bool wait, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("New never uploads");

        public Task<IReadOnlyList<SubmissionReceipt>> ListSubmissionsAsync(string slug, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("New never lists submissions");

        public Task<IReadOnlyList<LeaderboardRow>> GetLeaderboardAsync(string slug, int max, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("New never reads the leaderboard");
    }
}
