using System.Diagnostics;

namespace Kaggle.Runner.Tests.Build;

/// <summary>
/// The build script's own checks, run through the real <c>dotnet cake</c> (restored by <c>dotnet tool restore</c>, as the
/// README's commands and CI do). They fail before building anything, so each takes a few seconds.
/// </summary>
public sealed class CakeScriptTests
{
    [Theory]
    [InlineData("--competition=no-such-competition", "Unknown competition 'no-such-competition'")]
    [InlineData("", "--competition=<slug> is required")]
    public void CompetitionStage_BadSlug_FailsListingKnownCompetitions(string argument, string expected)
    {
        var (code, output) = Cake($"--target=Train {argument}");

        Assert.NotEqual(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("titanic", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "--competition=<slug> is required")]
    [InlineData("--competition=titanic", "competitions/titanic already exists")]
    public void New_NoOrTakenSlug_FailsBeforeWritingAnything(string argument, string expected)
    {
        var (code, output) = Cake($"--target=New {argument}");

        Assert.NotEqual(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Cake(string arguments)
    {
        var root = CompetitionRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        var start = new ProcessStartInfo("dotnet", $"cake {arguments}")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0 && output.Contains("dotnet-cake", StringComparison.Ordinal) && output.Contains("tool restore", StringComparison.Ordinal))
            Assert.Skip("The Cake tool is not restored here; run `dotnet tool restore` first.");
        return (process.ExitCode, output);
    }
}
