using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>End to end: a competition keyed by KPI ID + timestamp with no sample submission, from mirror to checked submission.</summary>
public sealed class KeyedCompetitionTests
{
    [Fact]
    public void Train_CompositeKeyWithoutSample_WritesCheckedSubmissionInTestOrder()
    {
        using var competition = new KeyedCompetition();

        var (downloadCode, downloadOutput) = Stages.Run(competition, null, competition.Args("download"));
        var (trainCode, trainOutput) = Stages.Run(competition, null, competition.Args("train"));
        var (validateCode, validateOutput) = Stages.Run(competition, null, competition.Args("validate"));

        Assert.True(downloadCode == 0, downloadOutput);
        Assert.True(trainCode == 0, trainOutput);
        Assert.True(validateCode == 0, validateOutput);
        var store = new RunStore(competition.Root, "kpi");
        var record = store.Read(store.Latest()!.RunId);
        var lines = File.ReadAllLines(Path.Combine(competition.Root, record.Submission.Path));
        Assert.Equal("KPI ID,timestamp,label", lines[0]);
        Assert.Equal(KeyedCompetition.TestKeys, lines.Skip(1).Select(l => l[..l.LastIndexOf(',')]));
        Assert.All(lines.Skip(1), l => Assert.True(l.EndsWith(",0", StringComparison.Ordinal) || l.EndsWith(",1", StringComparison.Ordinal), l));
        Assert.Equal("logreg", record.Final);
        Assert.DoesNotContain("sample", string.Join(",", record.Data.Select(d => d.File)), StringComparison.Ordinal);
        var oofHeader = File.ReadAllLines(Path.Combine(store.RunFolder(record.RunId), "oof.csv"))[0];
        Assert.StartsWith("KPI ID,timestamp,target", oofHeader, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SubmissionWithAKeyDropped_IsRefused()
    {
        using var competition = new KeyedCompetition();
        Stages.Run(competition, null, competition.Args("download"));
        Stages.Run(competition, null, competition.Args("train"));
        var store = new RunStore(competition.Root, "kpi");
        var record = store.Read(store.Latest()!.RunId);
        var path = Path.Combine(competition.Root, record.Submission.Path);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, lines.Take(lines.Length - 1));
        store.Save(record with { Submission = record.Submission with { Sha256 = Core.IO.ContentHash.OfFile(path) } });

        var (code, output) = Stages.Run(competition, null, competition.Args("validate"));

        Assert.Equal(1, code);
        Assert.Contains("expected id(s) are missing: a + ", output, StringComparison.Ordinal);
    }
}
