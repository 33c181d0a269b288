using System.Diagnostics;

namespace Kaggle.Runner.Train;

/// <summary>The durations a run records: each timed step by name, and the total since the timer was made.</summary>
internal sealed class StepTimer
{
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public Dictionary<string, double> Seconds { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="step"/>, recording its duration as <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var clock = Stopwatch.StartNew();
        var result = step();
        Seconds[name] = clock.Elapsed.TotalSeconds;
        return result;
    }

    /// <summary>The durations with the total so far.</summary>
    public Dictionary<string, double> WithTotal() => new(Seconds, StringComparer.Ordinal) { ["total"] = _total.Elapsed.TotalSeconds };
}
