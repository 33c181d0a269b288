using System.Diagnostics;

namespace Kaggle.Runner.Runs;

/// <summary>Reads the commit and dirty flag of a working tree by running git; "unknown" when git is unavailable.</summary>
public static class GitInfo
{
    public static GitState Read(string repositoryRoot)
    {
        var commit = Git(repositoryRoot, "rev-parse HEAD");
        if (commit is null) return new GitState("unknown", true, null);
        var status = Git(repositoryRoot, "status --porcelain --untracked-files=normal");
        var branch = Git(repositoryRoot, "rev-parse --abbrev-ref HEAD");
        return new GitState(commit, status is null || status.Length > 0, branch);
    }

    private static string? Git(string root, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", $"-C \"{root}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
