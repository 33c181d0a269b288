using System.Diagnostics;
using System.Text.Json;

namespace Kaggle.Benchmarks;

/// <summary>Writes a verb's result as one JSON line, with the process's peak memory and the machine's load.</summary>
internal static class BenchJson
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = false };

    public static void Emit(IDictionary<string, object?> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var process = Process.GetCurrentProcess();
        result["peak_rss_mb"] = Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1);
        result["processors"] = Environment.ProcessorCount;
        if (File.Exists("/proc/loadavg"))
            result["loadavg"] = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        Console.Out.WriteLine(JsonSerializer.Serialize(result, s_options));
        Console.Out.Flush();
    }

    /// <summary>Median, min and max of repeated timings, rounded to milliseconds.</summary>
    public static Dictionary<string, object?> Stats(IReadOnlyList<double> seconds)
    {
        ArgumentNullException.ThrowIfNull(seconds);
        var sorted = seconds.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new()
        {
            ["median"] = Math.Round(median, 3),
            ["min"] = Math.Round(sorted[0], 3),
            ["max"] = Math.Round(sorted[^1], 3),
            ["n"] = sorted.Length,
            ["all"] = seconds.Select(s => Math.Round(s, 3)).ToArray(),
        };
    }
}
