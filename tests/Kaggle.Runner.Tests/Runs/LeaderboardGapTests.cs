using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Runs;

public sealed class LeaderboardGapTests
{
    private static RunRecord Run(bool higherIsBetter, double mean, double std, double? publicScore) => new()
    {
        RunId = "r",
        Competition = "c",
        CreatedUtc = DateTime.UnixEpoch,
        Fingerprint = "",
        Git = new GitState("", false, null),
        CodeHash = "",
        Data = [],
        Parameters = new Dictionary<string, string>(),
        Seeds = [],
        FoldScheme = "",
        Models = [],
        Final = "m",
        Cv = new CvSummary(higherIsBetter ? "accuracy" : "rmse", higherIsBetter, mean, std, mean, []),
        Submission = new SubmissionFileRecord("s.csv", "", 0),
        Versions = new Dictionary<string, string>(),
        DurationsSeconds = new Dictionary<string, double>(),
        PublicScore = publicScore,
    };

    [Theory]
    [InlineData(true, 0.80, 0.75, -0.05)]
    [InlineData(true, 0.80, 0.83, 0.03)]
    [InlineData(false, 0.12, 0.13, -0.01)]
    [InlineData(false, 0.12, 0.10, 0.02)]
    public void Of_EitherDirection_PositiveMeansLeaderboardBetter(bool higherIsBetter, double cv, double lb, double expected)
    {
        var gap = LeaderboardGap.Of(Run(higherIsBetter, cv, 0.01, lb))!;

        Assert.Equal(expected, gap.Gap, precision: 12);
    }

    [Theory]
    [InlineData(0.84, 0.02, 0.76, true)]
    [InlineData(0.84, 0.05, 0.76, false)]
    [InlineData(0.84, 0.00, 0.76, false)]
    public void Of_GapAgainstTwoFoldStd_FlaggedOnlyBeyond(double cv, double std, double lb, bool expected)
    {
        var gap = LeaderboardGap.Of(Run(true, cv, std, lb))!;

        Assert.Equal(expected, gap.Surprising);
        Assert.Equal(2 * std, gap.Limit, precision: 12);
    }

    [Fact]
    public void Of_NoPublicScore_Null()
    {
        Assert.Null(LeaderboardGap.Of(Run(true, 0.8, 0.01, null)));
    }
}
