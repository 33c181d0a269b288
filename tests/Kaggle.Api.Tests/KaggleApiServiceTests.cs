using Kaggle.Api.Tests.Support;
using Kaggle.Runner;

namespace Kaggle.Api.Tests;

public sealed class KaggleApiServiceTests : ApiTestBase, IClassFixture<FakeServerFixture>
{
    public KaggleApiServiceTests(FakeServerFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task DownloadAsync_ReturnsTheExtractedFiles()
    {
        using var service = new KaggleApiService(Client());

        var files = await service.DownloadAsync("titanic", Folder, TestContext.Current.CancellationToken);

        Assert.Equal(["gender_submission.csv", "test.csv", "train.csv"], files.Select(Path.GetFileName));
    }

    [Fact]
    public async Task SubmitAsync_Wait_ReceiptCarriesTheScore()
    {
        IKaggleService service = new KaggleApiService(Client());
        var file = Path.Combine(Folder, "submission.csv");
        File.WriteAllText(file, "PassengerId,Survived\n892,0\n");

        var receipt = await service.SubmitAsync("titanic", file, "run 1", wait: true, TestContext.Current.CancellationToken);

        Assert.Equal(new SubmissionReceipt(50001, "COMPLETE", 0.77511, "Successfully submitted to Titanic - Machine Learning from Disaster"), receipt);
    }

    [Fact]
    public async Task GetLeaderboardAsync_RowsRankedWithScores()
    {
        Titanic.Leaderboard.Add((7, "alpha", "0.81"));
        Titanic.Leaderboard.Add((8, "beta", "0.80"));
        IKaggleService service = new KaggleApiService(Client());

        var rows = await service.GetLeaderboardAsync("titanic", 10, TestContext.Current.CancellationToken);

        Assert.Equal([new LeaderboardRow(1, "alpha", 0.81), new LeaderboardRow(2, "beta", 0.80)], rows);
    }

    [Fact]
    public void TryDescribeCredentials_NoCredentials_FalseWithHelp()
    {
        Environment = new FakeEnvironment();
        IKaggleService service = new KaggleApiService(Client());

        Assert.False(service.TryDescribeCredentials(out var help));
        Assert.Contains("KAGGLE_API_TOKEN", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_KaggleFailure_StageExceptionKeepingTheDetails()
    {
        Titanic.RulesAccepted = false;
        IKaggleService service = new KaggleApiService(Client());

        var error = await Assert.ThrowsAsync<StageException>(() => service.DownloadAsync("titanic", Folder, TestContext.Current.CancellationToken));

        Assert.Contains("https://www.kaggle.com/competitions/titanic/rules", error.Message, StringComparison.Ordinal);
        Assert.Equal(KaggleErrorKind.RulesNotAccepted, Assert.IsType<KaggleApiException>(error.InnerException).Kind);
    }

    [Fact]
    public async Task SubmitAsync_ScoringEndsInError_SubmissionFailedCarryingTheCreatedSubmission()
    {
        Server.NextScoringError = "Submission must have 418 rows";
        IKaggleService service = new KaggleApiService(Client());
        var file = Path.Combine(Folder, "submission.csv");
        File.WriteAllText(file, "PassengerId,Survived\n892,0\n");

        var error = await Assert.ThrowsAsync<SubmissionFailedException>(() => service.SubmitAsync("titanic", file, "m", wait: true, TestContext.Current.CancellationToken));

        Assert.Equal(50001, error.Receipt.Reference);
        Assert.Equal("ERROR", error.Receipt.Status);
        Assert.Contains("Submission must have 418 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_UploadFails_StageExceptionNotAReceipt()
    {
        Server.Faults.Upload.Enqueue(400);
        IKaggleService service = new KaggleApiService(Client());
        var file = Path.Combine(Folder, "submission.csv");
        File.WriteAllText(file, "PassengerId,Survived\n892,0\n");

        var error = await Assert.ThrowsAsync<StageException>(() => service.SubmitAsync("titanic", file, "m", wait: false, TestContext.Current.CancellationToken));

        Assert.Contains("nothing was submitted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadEndpoint_ReportedOnFirstUseAsStageException()
    {
        using var service = new KaggleApiService(new KaggleClientOptions { Endpoint = new Uri("ftp://example.invalid/"), Environment = Environment });

        var error = Assert.Throws<StageException>(() => service.TryDescribeCredentials(out _));

        Assert.Contains("KAGGLE_API_ENDPOINT", error.Message, StringComparison.Ordinal);
    }
}
