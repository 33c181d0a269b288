using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>cv.groups naming a column that Prepare derives: folds keep each derived group together.</summary>
public sealed class GroupedCompetitionTests
{
    [Fact]
    public void Train_GroupColumnDerivedInPrepare_KeepsEachGroupInOneFold()
    {
        using var competition = new GroupedCompetition();
        Stages.Run(competition, null, competition.Args("download"));

        var (code, output) = Stages.Run(competition, null, competition.Args("train"));

        Assert.True(code == 0, output);
        var store = new RunStore(competition.Root, "grouped");
        var lines = File.ReadAllLines(Path.Combine(store.RunFolder(store.Latest()!.RunId), "folds.csv"));
        Assert.Equal("id,repeat_0,repeat_1", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).Select(p => (Family: int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture) % 8, Folds: p[1] + "/" + p[2]));
        Assert.All(rows.GroupBy(r => r.Family), family => Assert.Single(family.Select(r => r.Folds).Distinct()));
        Assert.True(rows.Select(r => r.Folds).Distinct().Count() > 1);
    }

    [Fact]
    public void Train_GroupColumnNowhere_FailsNamingConfigAndColumns()
    {
        using var competition = new GroupedCompetition(groups: "Household");
        Stages.Run(competition, null, competition.Args("download"));

        var (code, output) = Stages.Run(competition, null, competition.Args("train"));

        Assert.Equal(1, code);
        Assert.Contains("cv.groups names 'Household'", output, StringComparison.Ordinal);
        Assert.Contains("Family", output, StringComparison.Ordinal);
    }
}
