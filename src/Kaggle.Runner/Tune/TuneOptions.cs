using System.Globalization;
using System.Text.RegularExpressions;

namespace Kaggle.Runner.Tune;

/// <summary>
/// The tune verb's options: the model to tune (a name from <see cref="Competition.Tunables"/>), the study-wide trial
/// budget, an optional time limit for this worker, the storage URI (default: the competition's SQLite file), the study
/// name (default: the model's) and the sampler (<c>tpe</c> or <c>random</c>).
/// </summary>
public sealed partial record TuneOptions
{
    public required string Model { get; init; }

    public int Trials { get; init; } = 40;

    public TimeSpan? Timeout { get; init; }

    public string? Storage { get; init; }

    public string? Study { get; init; }

    public string Sampler { get; init; } = "tpe";

    /// <summary>Seconds between heartbeats; a trial silent for <see cref="GraceSeconds"/> is declared dead and re-queued.</summary>
    public double HeartbeatSeconds { get; init; } = 10;

    public double GraceSeconds { get; init; } = 60;

    /// <summary>A duration such as <c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1h30m</c> or <c>01:30:00</c>; null when it is none of these.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && text.Contains(':', StringComparison.Ordinal)) return span;
        var match = Duration().Match(text.Trim());
        if (!match.Success || match.Length == 0) return null;
        double Part(string unit) => match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s"));
    }

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s?)?$")]
    private static partial Regex Duration();
}
