using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>The CV-to-leaderboard ledger: the Runs table's gap column and warning, and Submit's refusal of an already uploaded file.</summary>
public sealed class LedgerTests
{
    private static ILearner<IModel> Linear(int seed) => new LinearRegression();

    private static (int Code, string Output) Run(TinyCompetition competition, IKaggleService? kaggle, params string[] args)
    {
        var (code, output) = Stages.Run(competition, kaggle, args);
        Assert.True(code == 0, output);
        return (code, output);
    }

    private static TinyCompetition Trained(IKaggleService? kaggle)
    {
        var competition = new TinyCompetition(Linear);
        Run(competition, kaggle, competition.Args("download"));
        Run(competition, kaggle, competition.Args("train"));
        return competition;
    }

    [Fact]
    public void Submit_SameFileTwice_SecondRefusedAndQuotaKept()
    {
        var kaggle = new RecordingKaggle();
        using var competition = Trained(kaggle);
        Run(competition, kaggle, competition.Args("submit"));

        var (_, output) = Run(competition, kaggle, competition.Args("submit"));

        Assert.Single(kaggle.Uploads);
        Assert.Contains("not uploaded", output, StringComparison.Ordinal);
        Assert.Contains("as submission 42", output, StringComparison.Ordinal);
        Assert.Contains("--force", output, StringComparison.Ordinal);
        var store = new RunStore(competition.Root, "tiny");
        var record = store.Read(store.Latest()!.RunId);
        Assert.Equal(record.Submission.Sha256, Assert.Single(record.Uploads).Sha256);
    }

    [Fact]
    public void Submit_SameBytesFromAnotherRun_RefusedNamingTheFirstRun()
    {
        var kaggle = new RecordingKaggle();
        using var competition = Trained(kaggle);
        Run(competition, kaggle, competition.Args("submit"));
        var store = new RunStore(competition.Root, "tiny");
        var first = store.Latest()!.RunId;
        Run(competition, kaggle, competition.Args("train", "--force"));
        Assert.NotEqual(first, store.Latest()!.RunId);

        var (_, output) = Run(competition, kaggle, competition.Args("submit"));

        Assert.Single(kaggle.Uploads);
        Assert.Contains($"of run {first}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_SameFileWithForce_UploadedAgain()
    {
        var kaggle = new RecordingKaggle();
        using var competition = Trained(kaggle);
        Run(competition, kaggle, competition.Args("submit"));

        Run(competition, kaggle, competition.Args("submit", "--force"));

        Assert.Equal(2, kaggle.Uploads.Count);
    }

    [Fact]
    public void Submit_AfterValidate_DoesNotRepeatTheValidateMessage()
    {
        using var competition = Trained(null);
        var (_, validate) = Run(competition, null, competition.Args("validate"));

        var (_, submit) = Run(competition, null, competition.Args("submit"));

        Assert.Contains("Validate", validate, StringComparison.Ordinal);
        Assert.DoesNotContain("Validate", submit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.30, "-0.1000 !", true)]
    [InlineData(0.22, "-0.0200", false)]
    [InlineData(0.15, "+0.0500", false)]
    public void Runs_PublicScoreAgainstFoldSpread_GapShownAndWarnedBeyondTwoStd(double publicRmse, string gap, bool warned)
    {
        using var competition = Trained(null);
        var store = new RunStore(competition.Root, "tiny");
        var record = store.Read(store.Latest()!.RunId);
        store.Save(record with { Cv = record.Cv with { Mean = 0.2, Std = 0.04 }, PublicScore = publicRmse });

        var (_, output) = Run(competition, null, competition.Args("runs"));

        Assert.Contains("gap", output, StringComparison.Ordinal);
        Assert.Contains(gap, output, StringComparison.Ordinal);
        Assert.Equal(warned, output.Contains("more than 2 × its fold std", StringComparison.Ordinal));
    }
}
