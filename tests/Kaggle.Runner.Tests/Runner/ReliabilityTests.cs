using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Targets;
using Kaggle.Runner.Runs;
using Kaggle.Testing;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>
/// A user's mistakes and the machine's faults, through the real command line on the real file system: each ends in one
/// paragraph of advice (no stack trace unless --verbose) and leaves no half-written run behind.
/// </summary>
public sealed class ReliabilityTests
{
    private static ILearner<IModel> Linear(int seed) => new LinearRegression();

    private static (int Code, string Output) Run(TinyCompetition competition, params string[] args) => Stages.Run(competition, null, args);

    private static void AssertAdvice((int Code, string Output) result, string expected)
    {
        Assert.True(result.Code == 1, result.Output);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    private static string[] Submissions(TinyCompetition competition)
    {
        var folder = Path.Combine(competition.Root, "submissions");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p))]
            : [];
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Train_SeedsBelowOne_RefusedWhenParsed(string seeds)
    {
        using var competition = new TinyCompetition(Linear);

        var result = Run(competition, competition.Args("train", $"--seeds={seeds}"));

        AssertAdvice(result, $"--seeds={seeds}: --seeds is how many times cross-validation is repeated");
        Assert.Empty(Submissions(competition));
    }

    [Fact]
    public void Download_DataFolderIsAFile_SaysWhichFileIsInTheWay()
    {
        using var competition = new TinyCompetition(Linear);
        Directory.CreateDirectory(Path.Combine(competition.Root, "data"));
        File.WriteAllText(Path.Combine(competition.Root, "data", "tiny"), "");

        var result = Run(competition, competition.Args("download"));

        AssertAdvice(result, "is a file");
        Assert.Contains(Path.Combine(competition.Root, "data", "tiny"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_DataFileIsAFolder_SaysSo()
    {
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        var test = Path.Combine(competition.Root, "data", "tiny", "test.csv");
        File.Delete(test);
        Directory.CreateDirectory(test);

        AssertAdvice(Run(competition, competition.Args("train")), "data/tiny/test.csv is a folder");
    }

    [Fact]
    public void Train_DataFileCutShortAfterDownload_CaughtByTheDownloadRecord()
    {
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        var train = Path.Combine(competition.Root, "data", "tiny", "train.csv");
        var lines = File.ReadAllLines(train);
        File.WriteAllLines(train, lines[..^5]); // cut at a row boundary: still a valid CSV

        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "data/tiny/train.csv has");
        Assert.Contains("Run Download again", result.Output, StringComparison.Ordinal);
        Assert.Empty(Submissions(competition));
    }

    [Fact]
    public void Train_TestFileCutShortBeforeDownload_ReportedAsCutShort()
    {
        using var competition = new TinyCompetition(Linear, testCsv: "Id,x\n101,1\n102,2\n");

        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "test.csv looks cut short (its last data row, 2, has Id 102)");
        Assert.Contains("first: 103", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_DuplicateTestIds_NamesBothRows()
    {
        using var competition = new TinyCompetition(Linear, testCsv: "Id,x\n101,1\n102,2\n103,3\n102,4\n");

        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "test.csv data rows 2 and 4 have the same Id 102");
        Assert.DoesNotContain("(Parameter", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_NegativeTargetUnderLog1p_NamesFileRowAndColumn()
    {
        var train = "Id,x,y\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"{i},{i % 7},{(i == 3 ? -5 : i)}\n"));
        using var competition = new TinyCompetition(
            _ => new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression() }, trainCsv: train);

        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "train.csv data row 3: the target 'y' is -5, which model 'model' cannot use: its log1p target transform");
        Assert.DoesNotContain("y[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SubmissionsFolderCannotBeCreated_AdviceAndNothingLeft()
    {
        // Read-only folders do not stop root, who runs the tests; a file where the folder belongs stops everyone.
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        File.WriteAllText(Path.Combine(competition.Root, "submissions"), "");

        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "is a file, not a folder");
    }

    [Fact]
    public void Train_RunsFolderIsAFile_CommitFailsAndNoSubmissionIsLeft()
    {
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        Directory.CreateDirectory(Path.Combine(competition.Root, "submissions", "tiny"));
        File.WriteAllText(Path.Combine(competition.Root, "submissions", "tiny", "runs"), "");

        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, $"{Path.Combine(competition.Root, "submissions", "tiny", "runs")} is a file, but a folder is expected there");
        Assert.Equal(["tiny", Path.Combine("tiny", "runs")], Submissions(competition));
        Assert.Null(new RunStore(competition.Root, "tiny").Latest());
    }

    [Fact]
    public void Train_DiskFull_AdviceAndNothingHalfWritten()
    {
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        using var disk = SmallFileSystem.TryMount(kilobytes: 8);
        if (disk is null) Assert.Skip("mounting a small tmpfs needs root with CAP_SYS_ADMIN");
        File.WriteAllBytes(Path.Combine(disk.Path, "filler"), new byte[6 << 10]);
        Directory.CreateDirectory(Path.Combine(competition.Root, "submissions"));
        File.CreateSymbolicLink(Path.Combine(competition.Root, "submissions", "tiny"), disk.Path);

        var result = Run(competition, competition.Args("train"));

        AssertAdvice(result, "The disk is full");
        Assert.Equal(["filler"], Directory.EnumerateFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Train_Verbose_AddsTheStackTrace()
    {
        using var competition = new TinyCompetition(Linear);
        Assert.Equal(0, Run(competition, competition.Args("download")).Code);
        File.WriteAllText(Path.Combine(competition.Root, "submissions"), "");

        var (code, output) = Run(competition, competition.Args("train", "--verbose"));

        Assert.Equal(1, code);
        Assert.Contains("is a file, not a folder", output, StringComparison.Ordinal);
        Assert.Contains("at ", output, StringComparison.Ordinal);
        Assert.Contains("at Kaggle.", output, StringComparison.Ordinal);
    }
}
