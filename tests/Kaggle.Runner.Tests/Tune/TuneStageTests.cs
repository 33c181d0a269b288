using Kaggle.Runner.Tune;

namespace Kaggle.Runner.Tests.Tune;

using Stages = Kaggle.Runner.Tests.Runner.Stages;

public sealed class TuneStageTests
{
    [Fact]
    public void Run_RandomStudy_StoresTheTrialsAndPrintsTheBestWithItsAdoption()
    {
        using var competition = new TunableCompetition();
        Assert.Equal(0, Stages.Run(competition, null, competition.Tiny.Args("download")).Code);

        var (code, output) = Stages.Run(competition, null, competition.Tiny.Args("tune", "--model=ridge", "--trials=4", "--sampler=random"));

        Assert.True(code == 0, output);
        Assert.Contains("best trials", output, StringComparison.Ordinal);
        Assert.Contains("4 complete", output, StringComparison.Ordinal);
        Assert.Contains("Spec(new TrialParameters(\"ridge\", ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(competition.Tiny.Root, "submissions", "tiny", "tune.db")));
    }

    [Fact]
    public void Run_AgainWithAnotherSampler_RefusedNamingTheStudy()
    {
        using var competition = new TunableCompetition();
        Stages.Run(competition, null, competition.Tiny.Args("download"));
        Stages.Run(competition, null, competition.Tiny.Args("tune", "--model=ridge", "--trials=1", "--sampler=random"));

        var (code, output) = Stages.Run(competition, null, competition.Tiny.Args("tune", "--model=ridge", "--trials=1", "--sampler=tpe"));

        Assert.Equal(1, code);
        Assert.Contains("Study 'ridge'", output, StringComparison.Ordinal);
        Assert.Contains("sampler random", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownModel_ListsTheTunableOnes()
    {
        using var competition = new TunableCompetition();
        Stages.Run(competition, null, competition.Tiny.Args("download"));

        var (code, output) = Stages.Run(competition, null, competition.Tiny.Args("tune", "--model=forest"));

        Assert.Equal(1, code);
        Assert.Contains("--model=forest has no search space in tiny; tunable models: ridge", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreachablePostgres_FailsWithoutPrintingThePassword()
    {
        using var competition = new TunableCompetition();
        Stages.Run(competition, null, competition.Tiny.Args("download"));

        var (code, output) = Stages.Run(competition, null, competition.Tiny.Args("tune", "--model=ridge", "--storage=postgres://tune:s3cret@127.0.0.1:1/db", "--verbose"));

        Assert.Equal(1, code);
        Assert.Contains("postgres://tune:***@127.0.0.1:1/db", output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("1h30m", 5400)]
    [InlineData("01:00:05", 3605)]
    [InlineData("45", 45)]
    public void ParseDuration_Forms_Seconds(string text, double seconds) => Assert.Equal(seconds, TuneOptions.ParseDuration(text)!.Value.TotalSeconds);

    [Theory]
    [InlineData("soon")]
    [InlineData("5 minutes")]
    public void ParseDuration_NotADuration_Null(string text) => Assert.Null(TuneOptions.ParseDuration(text));
}
