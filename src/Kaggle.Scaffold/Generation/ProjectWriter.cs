using System.Diagnostics;
using Kaggle.Runner;

namespace Kaggle.Scaffold.Generation;

/// <summary>
/// Writes a competition's folder all at once: every file goes into a hidden sibling folder first, competition.json is
/// read back with the runner's own checks, and only then is the folder renamed into place (one rename on the same
/// disk), so <c>competitions/&lt;slug&gt;/</c> is either complete or absent. The project is then added to Kaggle.sln;
/// if that fails, the folder is removed again.
/// </summary>
public static class ProjectWriter
{
    /// <summary>Writes <paramref name="files"/> as <c>competitions/&lt;slug&gt;/</c>; returns the folder.</summary>
    public static string Write(string repositoryRoot, string slug, IReadOnlyDictionary<string, string> files, bool addToSolution)
    {
        ArgumentNullException.ThrowIfNull(files);
        var competitions = Path.Combine(repositoryRoot, "competitions");
        var target = Path.Combine(competitions, slug);
        RefuseExisting(target, slug);
        var staging = Path.Combine(competitions, $".{slug}.new-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (name, text) in files) File.WriteAllText(Path.Combine(staging, name), text);
            CompetitionConfig.Load(Path.Combine(staging, "competition.json"));
            RefuseExisting(target, slug);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        if (!addToSolution) return target;
        try
        {
            AddToSolution(repositoryRoot, Path.Combine(target, files.Keys.Single(n => n.EndsWith(".csproj", StringComparison.Ordinal))));
        }
        catch
        {
            Directory.Delete(target, recursive: true);
            throw;
        }
        return target;
    }

    /// <summary>A slug whose folder exists is never overwritten, whatever is in it.</summary>
    public static void RefuseExisting(string folder, string slug)
    {
        if (Directory.Exists(folder) || File.Exists(folder))
            throw new ScaffoldException(
                $"competitions/{slug} already exists; New never overwrites a competition. Pick another slug, or delete the folder (and its Kaggle.sln entry) first.");
    }

    private static void AddToSolution(string repositoryRoot, string project)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["sln", "Kaggle.sln", "add", "--solution-folder", "competitions", project])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new ScaffoldException("Could not start `dotnet sln add`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new ScaffoldException($"`dotnet sln Kaggle.sln add {project}` failed (exit {process.ExitCode}): {error.Trim()} {output.Result.Trim()}");
    }
}
