using System.Diagnostics;

namespace Kaggle.Core.Tests.IO;

/// <summary>Signals sent to a real child process (tests/Kaggle.SignalChild) that is writing a staged run.</summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "interruption-tests", Guid.NewGuid().ToString("N"));

    public InterruptionTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "Ctrl-C")]
    public void Signal_WhileWritingAStagedRun_RollsBackAndExitsNonZero(string signal, int exitCode, string named)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("POSIX signals");
        var child = typeof(InterruptionTests).Assembly.Location.Replace("Kaggle.Core.Tests.dll", "Kaggle.SignalChild.dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(child);
        start.ArgumentList.Add(_root);
        using var process = Process.Start(start)!;
        Assert.Equal("ready", process.StandardOutput.ReadLine());
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(_root)); // the staging folder is there while it writes

        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains($"Interrupted ({named})", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }
}
