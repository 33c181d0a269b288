using System.Text;
using System.Text.Json;
using Kaggle.Api.FakeServer;
using Kaggle.Api.Models;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientSubmitTests : ApiTestBase, IClassFixture<FakeServerFixture>
{
    private readonly string _file;

    public KaggleClientSubmitTests(FakeServerFixture fixture)
        : base(fixture)
    {
        _file = Path.Combine(Folder, "runs", "submission.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, "PassengerId,Survived\n892,0\n893,1\n");
    }

    [Fact]
    public async Task Submit_HappyPath_UploadsCreatesAndConfirms()
    {
        using var client = Client();

        var outcome = await client.SubmitAsync("titanic", _file, "run 42 · cv 0.8123±0.01", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(50001, outcome.Submission.Ref);
        Assert.Equal("Successfully submitted to Titanic - Machine Learning from Disaster", outcome.Message);
        Assert.Equal(4, outcome.RemainingToday);
        var stored = Assert.Single(Titanic.Submissions);
        Assert.Equal(File.ReadAllBytes(_file), stored.Content);
        Assert.Equal("run 42 · cv 0.8123±0.01", stored.Description);
        using var start = JsonDocument.Parse(Requests("api", "StartSubmissionUpload").Single().Body);
        Assert.Equal("submission.csv", start.RootElement.GetProperty("fileName").GetString());
        Assert.Equal(new FileInfo(_file).Length, start.RootElement.GetProperty("contentLength").GetInt64());
        var put = Assert.Single(Requests("storage"));
        Assert.Equal("PUT", put.Method);
        Assert.Null(put.Authorization);
    }

    [Fact]
    public async Task Submit_Wait_PollsPendingToCompleteAndReturnsTheScore()
    {
        Server.ScoringViews = 3;
        Server.NextScore = "0.78468";
        using var client = Client();

        var outcome = await client.SubmitAsync("titanic", _file, "wait", wait: true, TestContext.Current.CancellationToken);

        Assert.Equal(SubmissionStatus.Complete, outcome.Submission.Status);
        Assert.Equal(0.78468, outcome.Submission.PublicScore);
        Assert.Null(outcome.Submission.PrivateScore);
        // Views 1-3 are PENDING (the confirmation listing, then two polls); the fourth, after two waits, is scored.
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)], Clock.Waits);
        Assert.Contains(Log, l => l.Message.Contains("0.78468", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_WaitAndScoringFails_ThrowsWithTheErrorDescription()
    {
        Server.NextScoringError = "Submission must have 418 rows";
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "bad", wait: true, TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.SubmissionFailed, error.Kind);
        Assert.Contains("Submission must have 418 rows", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.SubmissionReference);
    }

    [Theory]
    [InlineData("COMPLETE")]
    [InlineData("complete")]
    [InlineData("SUBMISSION_STATUS_COMPLETE")]
    public async Task WaitForScore_AnyCompleteSpelling_Recognized(string spelling)
    {
        Server.Faults.CompleteSpelling = spelling;
        using var client = Client();
        var outcome = await client.SubmitAsync("titanic", _file, "spelling", cancellationToken: TestContext.Current.CancellationToken);

        var scored = await client.WaitForScoreAsync("titanic", outcome.Submission.Ref, TestContext.Current.CancellationToken);

        Assert.Equal(SubmissionStatus.Complete, scored.Status);
        Assert.Equal(0.77511, scored.PublicScore);
    }

    [Fact]
    public async Task WaitForScore_NeverScored_ReturnsPendingAfterMaxPollsWithAWarning()
    {
        Server.ScoringViews = 1000;
        using var client = Client(o => o with { MaxPolls = 4 });
        var outcome = await client.SubmitAsync("titanic", _file, "slow", cancellationToken: TestContext.Current.CancellationToken);

        var last = await client.WaitForScoreAsync("titanic", outcome.Submission.Ref, TestContext.Current.CancellationToken);

        Assert.Equal(SubmissionStatus.Pending, last.Status);
        Assert.Contains(Log, l => l.Level == KaggleLogLevel.Warning && l.Message.Contains("still PENDING", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_Put503ThenOk_Retried()
    {
        Server.Faults.Upload.Enqueue(503);
        using var client = Client();

        var outcome = await client.SubmitAsync("titanic", _file, "retry", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([503, 200], Requests("storage").Select(r => r.Status));
        Assert.Equal(50001, outcome.Submission.Ref);
    }

    [Fact]
    public async Task Submit_Put400_FailsAndNeverCreatesTheSubmission()
    {
        Server.Faults.Upload.Enqueue(400);
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Upload, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("nothing was submitted", error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("api", "CreateSubmission"));
        Assert.Empty(Titanic.Submissions);
    }

    [Fact]
    public async Task Submit_LimitReachedPerGetSubmissionLimits_RefusesBeforeUploading()
    {
        Titanic.MaxDailySubmissions = 2;
        AddTodaysSubmissions(2);
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.DailyLimit, error.Kind);
        Assert.Contains("GetSubmissionLimits", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00 UTC", error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("api", "StartSubmissionUpload"));
        Assert.Empty(Requests("storage"));
    }

    [Fact]
    public async Task Submit_LimitReachedPerCountedSubmissions_RefusesBeforeUploading()
    {
        Server.Faults.SubmissionLimitsMethod = false;
        Server.Faults.MaxPageSize = 1;
        Titanic.MaxDailySubmissions = 2;
        Titanic.Submissions.Add(new FakeSubmission { Ref = 1, Date = DateTimeOffset.UtcNow.AddDays(-1) });
        AddTodaysSubmissions(2);
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.DailyLimit, error.Kind);
        Assert.Contains("2 made", error.Message, StringComparison.Ordinal);
        Assert.Contains("maxDailySubmissions", error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("storage"));
    }

    [Fact]
    public async Task GetSubmissionQuota_ErroredSubmissionsNotCounted()
    {
        Server.Faults.SubmissionLimitsMethod = false;
        AddTodaysSubmissions(2);
        Titanic.Submissions.Add(new FakeSubmission { Ref = 77, ErrorDescription = "bad file" });
        using var client = Client();

        var quota = await client.GetSubmissionQuotaAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(new SubmissionQuota(2, 3, "ListSubmissions vs maxDailySubmissions"), quota);
    }

    [Fact]
    public async Task Submit_ServerRejectsOverLimitWith400_DailyLimitError()
    {
        Server.Faults.AdvertiseLimits = false;
        Titanic.MaxDailySubmissions = 1;
        AddTodaysSubmissions(1);
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.DailyLimit, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Single(Requests("api", "CreateSubmission"));
    }

    [Fact]
    public async Task Submit_ServerSaysSuccessButCreatesNothing_Fails()
    {
        Server.Faults.AdvertiseLimits = false;
        Server.Faults.DailyLimit = DailyLimitMode.Silent200;
        Titanic.MaxDailySubmissions = 1;
        AddTodaysSubmissions(1);
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.SubmissionFailed, error.Kind);
        Assert.Contains("Successfully submitted", error.Message, StringComparison.Ordinal);
        Assert.Contains("no new submission is listed", error.Message, StringComparison.Ordinal);
        Assert.Null(error.SubmissionReference);
    }

    [Fact]
    public async Task Submit_CodeCompetition_RefusedBeforeUploading()
    {
        Titanic.KernelsSubmissionsOnly = true;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.SubmissionsClosed, error.Kind);
        Assert.Empty(Requests("api", "StartSubmissionUpload"));
    }

    [Fact]
    public async Task Submit_FileLargerThanTheServerAllows_BadRequest()
    {
        Server.Faults.MaxSubmissionBytes = 10;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.BadRequest, error.Kind);
        Assert.Contains("contentLength", error.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("storage"));
    }

    [Fact]
    public async Task Submit_RulesNotAccepted_PointsToTheRulesPage()
    {
        Titanic.RulesAccepted = false;
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.RulesNotAccepted, error.Kind);
        Assert.Contains("/competitions/titanic/rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_CreateSubmission503_RetriedBecauseNothingWasCreated()
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(503, Method: "CreateSubmission"));
        using var client = Client();

        var outcome = await client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, Requests("api", "CreateSubmission").Count);
        Assert.Single(Titanic.Submissions);
        Assert.Equal(50001, outcome.Submission.Ref);
    }

    [Fact]
    public async Task Submit_CreateSubmission500_NotRetriedSoNeverSubmittedTwice()
    {
        Server.Faults.Rpc.Enqueue(new FakeFailure(500, Method: "CreateSubmission"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<KaggleApiException>(() => client.SubmitAsync("titanic", _file, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(KaggleErrorKind.Server, error.Kind);
        Assert.Single(Requests("api", "CreateSubmission"));
    }

    [Fact]
    public async Task Submit_MissingFile_ClearError()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => client.SubmitAsync("titanic", Path.Combine(Folder, "nope.csv"), "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("nope.csv", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    private void AddTodaysSubmissions(int count)
    {
        for (var i = 0; i < count; i++)
            Titanic.Submissions.Add(new FakeSubmission { Ref = 100 + i, Content = Encoding.UTF8.GetBytes("x"), Description = $"earlier {i}" });
    }
}
