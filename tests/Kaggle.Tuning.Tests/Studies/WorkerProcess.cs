using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kaggle.Tuning.Tests.Studies;

/// <summary>A tests/Kaggle.TuningChild worker process, its output collected line by line.</summary>
internal sealed class WorkerProcess : IDisposable
{
    // Generous bounds for a loaded 2-core machine; they only stop a hung test, nothing is timed.
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly List<string> _all = [];

    public WorkerProcess(params string[] arguments)
    {
        var child = typeof(WorkerProcess).Assembly.Location.Replace("Kaggle.Tuning.Tests.dll", "Kaggle.TuningChild.dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(child);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _lines.Add(line); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _lines.Add("stderr: " + line); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Blocks until a line starting with <paramref name="prefix"/> arrives; returns it.</summary>
    public string WaitForLine(string prefix)
    {
        while (_lines.TryTake(out var line, s_patience))
        {
            _all.Add(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
        }
        throw new TimeoutException($"No line starting '{prefix}' from the worker; it said:\n{string.Join("\n", _all)}");
    }

    /// <summary>Waits for the exit; returns the exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Finish()
    {
        if (!_process.WaitForExit(s_patience)) throw new TimeoutException("The worker did not finish.");
        _process.WaitForExit();
        while (_lines.TryTake(out var line)) _all.Add(line);
        return (_process.ExitCode, string.Join("\n", _all));
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        _lines.Dispose();
    }
}
