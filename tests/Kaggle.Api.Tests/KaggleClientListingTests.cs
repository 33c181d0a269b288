using Kaggle.Api.FakeServer;
using Kaggle.Api.Models;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests;

public sealed class KaggleClientListingTests(FakeServerFixture fixture) : ApiTestBase(fixture), IClassFixture<FakeServerFixture>
{
    [Fact]
    public async Task ListSubmissions_ManyPages_NewestFirstAllPages()
    {
        Server.Faults.MaxPageSize = 2;
        for (var i = 1; i <= 5; i++)
            Titanic.Submissions.Add(new FakeSubmission { Ref = i, Description = $"s{i}", ViewsUntilScored = 0, PublicScore = $"0.{70 + i}" });
        using var client = Client();

        var submissions = await client.ListSubmissionsAsync("titanic", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([5L, 4, 3, 2, 1], submissions.Select(s => s.Ref));
        Assert.Equal(0.75, submissions[0].PublicScore);
        Assert.All(submissions, s => Assert.Equal(SubmissionStatus.Complete, s.Status));
        Assert.Equal(3, Requests("api", "ListSubmissions").Count);
    }

    [Fact]
    public async Task ListSubmissions_Max_StopsEarly()
    {
        Server.Faults.MaxPageSize = 2;
        for (var i = 1; i <= 5; i++)
            Titanic.Submissions.Add(new FakeSubmission { Ref = i });
        using var client = Client();

        var submissions = await client.ListSubmissionsAsync("titanic", max: 3, TestContext.Current.CancellationToken);

        Assert.Equal([5L, 4, 3], submissions.Select(s => s.Ref));
    }

    [Fact]
    public async Task ListSubmissions_ScoredAfterDeadline_PrivateScoreFilled()
    {
        Titanic.Submissions.Add(new FakeSubmission { Ref = 9, ViewsUntilScored = 0, PublicScore = "0.77511", PrivateScore = "0.76" });
        using var client = Client();

        var submission = Assert.Single(await client.ListSubmissionsAsync("titanic", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(0.76, submission.PrivateScore);
        Assert.NotNull(submission.Date);
    }

    [Fact]
    public async Task GetSubmission_ByRef_ReadsOne()
    {
        Titanic.Submissions.Add(new FakeSubmission { Ref = 123, Description = "one", ViewsUntilScored = 0 });
        using var client = Client();

        var submission = await client.GetSubmissionAsync(123, TestContext.Current.CancellationToken);

        Assert.Equal("one", submission.Description);
        Assert.Equal(SubmissionStatus.Complete, submission.Status);
    }

    [Fact]
    public async Task GetLeaderboard_ManyPages_RanksInOrder()
    {
        Server.Faults.MaxPageSize = 2;
        for (var i = 1; i <= 5; i++)
            Titanic.Leaderboard.Add((i, $"team {i}", (1.0 - (i / 100.0)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var client = Client();

        var rows = await client.GetLeaderboardAsync("titanic", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Rank));
        Assert.Equal("team 1", rows[0].TeamName);
        Assert.Equal(0.99, rows[0].Score);
        Assert.Equal(0.95, rows[4].Score);
    }

    [Fact]
    public async Task GetCompetition_ReadsSubmissionRules()
    {
        Titanic.MaxDailySubmissions = 10;
        using var client = Client();

        var competition = await client.GetCompetitionAsync("titanic", TestContext.Current.CancellationToken);

        Assert.Equal(10, competition.MaxDailySubmissions);
        Assert.False(competition.KernelsSubmissionsOnly);
        Assert.Equal("Titanic - Machine Learning from Disaster", competition.Title);
    }
}
