using System.Diagnostics;
using Kaggle.Runner;

namespace Kaggle.Scaffold.Tests;

/// <summary>
/// The promise of <c>--target=New</c>: a scaffolded competition trains and submits at once. Titanic and house prices are
/// scaffolded from the shared mirror (KAGGLE_DATA_MIRROR, else <c>../shared/data</c> beside the repository; skipped when absent) into a temporary
/// copy of the repository's layout, whose <c>src</c> links to this repository's already built projects; the new project
/// is built there and its download, train --fast, validate and submit stages run.
/// </summary>
public sealed class ScaffoldFromMirrorTests
{
    private static readonly string s_root = CompetitionRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    // Tests run from bin/<configuration>/net10.0: build the new project in the same configuration as its references.
    private static readonly string s_configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    [Theory]
    [InlineData("titanic", "Titanic", "accuracy", "PassengerId,Survived")]
    [InlineData("house-prices-advanced-regression-techniques", "HousePricesAdvancedRegressionTechniques", "rmsle", "Id,SalePrice")]
    public async Task New_FromMirror_TrainsAndSubmitsAtOnce(string slug, string name, string metric, string header)
    {
        var mirror = Environment.GetEnvironmentVariable("KAGGLE_DATA_MIRROR") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(s_root, "..", "shared", "data"));
        if (!Directory.Exists(Path.Combine(mirror, slug))) Assert.Skip($"No mirror of {slug} at {mirror}.");
        var copy = Directory.CreateTempSubdirectory("kaggle-new-").FullName;
        try
        {
            CopyLayout(copy);
            var options = new ScaffoldOptions { Slug = slug, RepositoryRoot = copy, Mirror = mirror };

            var (plan, folder) = await Scaffolder.RunAsync(options, null, TestContext.Current.CancellationToken);

            Assert.Equal((name, metric), (plan.Name, plan.Metric));
            Assert.Contains($"competitions\\{slug}\\{name}.csproj", File.ReadAllText(Path.Combine(copy, "Kaggle.sln")), StringComparison.Ordinal);
            // Only the new project is built and restored: the linked src projects are this repository's, already built.
            Dotnet(copy, "build", Path.Combine(folder, $"{name}.csproj"), "-c", s_configuration, "-nologo", "-v", "q", "-m:1",
                "-p:BuildProjectReferences=false", "-p:RestoreRecursive=false");
            var program = Path.Combine(folder, "bin", s_configuration, "net10.0", $"{name}.dll");
            foreach (var verb in (string[][])[["download"], ["train", "--fast"], ["validate"], ["submit", "--fast"]])
                Dotnet(copy, [program, .. verb, "--repo-root", copy, "--mirror", mirror]);
            var latest = File.ReadAllText(Path.Combine(copy, "submissions", slug, "latest.json"));
            var submission = System.Text.Json.JsonDocument.Parse(latest).RootElement.GetProperty("submission").GetString()!;
            Assert.Equal(header, File.ReadLines(Path.Combine(copy, submission)).First());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>The files a competition project builds against, with src linked rather than copied.</summary>
    private static void CopyLayout(string copy)
    {
        foreach (var file in (string[])["Kaggle.sln", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"])
            if (File.Exists(Path.Combine(s_root, file))) File.Copy(Path.Combine(s_root, file), Path.Combine(copy, file));
        var competitions = Directory.CreateDirectory(Path.Combine(copy, "competitions")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(s_root, "competitions"), "Directory.Build.*"))
            File.Copy(file, Path.Combine(competitions, Path.GetFileName(file)));
        Directory.CreateSymbolicLink(Path.Combine(copy, "src"), Path.Combine(s_root, "src"));
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output.Result}\n{error}");
    }
}
