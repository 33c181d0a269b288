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
        // A shell without job control starts background commands with SIGINT ignored, the child inherits that, and a
        // signal the kernel discards cannot be tested (the child would write on forever).
        if (signal == "INT" && (IgnoredSignals() & (1UL << 1)) != 0)
            Assert.Skip("SIGINT is ignored in this process (started in the background by a shell without job control), so the child would ignore it too");
        var child = typeof(InterruptionTests).Assembly.Location.Replace("Kaggle.Core.Tests.dll", "Kaggle.SignalChild.dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(child);
        start.ArgumentList.Add(_root);
        using var process = Process.Start(start)!;
        Assert.Equal("ready", process.StandardOutput.ReadLine());
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(_root)); // the staging folder is there while it writes

        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail($"The child did not stop within two minutes of SIG{signal}.");
        }
        var output = process.StandardOutput.ReadToEnd();

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains($"Interrupted ({named})", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    // Bit n − 1 is set when signal n is ignored (SigIgn in /proc/self/status, hexadecimal).
    private static ulong IgnoredSignals()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
    }
}
