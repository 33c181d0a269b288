using Kaggle.Runner;

namespace Kaggle.Scaffold.Tests;

/// <summary>The whole New stage on synthetic files: what it writes, and that it refuses or writes nothing on bad input.</summary>
public sealed class ScaffolderTests
{
    private static SyntheticRepository Toy() => new("toy-contest",
        ("train.csv", SyntheticRepository.Csv("Id,City,Area,Price", 40, i => $"{i},{(i % 4 == 0 ? "north" : "south")},{i * 10},{1000.5 + (i * 37)}")),
        ("test.csv", SyntheticRepository.Csv("Id,City,Area", 10, i => $"{100 + i},north,{i}")),
        ("sample_submission.csv", SyntheticRepository.Csv("Id,Price", 10, i => $"{100 + i},1000.5")));

    [Fact]
    public async Task RunAsync_NewSlug_WritesAProjectTheRunnerAccepts()
    {
        using var repo = Toy();

        var (plan, folder) = await Scaffolder.RunAsync(repo.Options(), null, TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(repo.Competitions, "toy-contest"), folder);
        Assert.Equal(["Program.cs", "README.md", "ToyContest.csproj", "ToyContestCompetition.cs", "competition.json"],
            Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("<Project Sdk=\"Microsoft.NET.Sdk\" />\n", File.ReadAllText(Path.Combine(folder, "ToyContest.csproj")));
        var config = CompetitionConfig.Load(Path.Combine(folder, "competition.json"));
        Assert.Equal(("toy-contest", "rmse", TaskKind.Regression, "Id", "Price"), (config.Slug, config.Metric, config.Task, config.Id, config.Target));
        Assert.Equal(["sample_submission.csv", "test.csv", "train.csv"], config.Files);
        var code = File.ReadAllText(Path.Combine(folder, "ToyContestCompetition.cs"));
        Assert.Contains("new Blend()", code, StringComparison.Ordinal);
        Assert.Contains("HistGradientBoostingRegressor", code, StringComparison.Ordinal);
        Assert.Contains("s_oneHot =", code, StringComparison.Ordinal);
        Assert.Equal("ToyContest", plan.Name);
        Assert.Equal([folder], Directory.GetDirectories(repo.Competitions));
    }

    [Fact]
    public async Task RunAsync_ExistingSlug_RefusedAndLeftAlone()
    {
        using var repo = Toy();
        var existing = Directory.CreateDirectory(Path.Combine(repo.Competitions, "toy-contest")).FullName;
        File.WriteAllText(Path.Combine(existing, "mine.txt"), "keep");

        var error = await Assert.ThrowsAsync<ScaffoldException>(() => Scaffolder.RunAsync(repo.Options(), null, TestContext.Current.CancellationToken));

        Assert.Contains("competitions/toy-contest already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.GetFiles(existing).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunAsync_BadInput_NothingWritten()
    {
        using var repo = Toy();

        await Assert.ThrowsAsync<ScaffoldException>(() => Scaffolder.RunAsync(repo.Options(metric: "auc"), null, TestContext.Current.CancellationToken));

        Assert.Empty(Directory.EnumerateFileSystemEntries(repo.Competitions));
    }

    [Theory]
    [InlineData("Titanic", "lowercase letters, digits and hyphens")]
    [InlineData("../escape", "lowercase letters, digits and hyphens")]
    public async Task RunAsync_MalformedSlug_Refused(string slug, string expected)
    {
        using var repo = Toy();

        var error = await Assert.ThrowsAsync<ScaffoldException>(() => Scaffolder.RunAsync(repo.Options() with { Slug = slug }, null, TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoMirrorNoCredentials_SaysWhereFilesCouldComeFrom()
    {
        using var repo = Toy();

        var error = await Assert.ThrowsAsync<ScaffoldException>(() => Scaffolder.RunAsync(repo.Options() with { Mirror = null }, null, TestContext.Current.CancellationToken));

        Assert.Contains("no Kaggle credentials", error.Message, StringComparison.Ordinal);
    }
}
