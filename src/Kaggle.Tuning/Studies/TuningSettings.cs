using Kaggle.Tuning.Pruning;

namespace Kaggle.Tuning.Studies;

/// <summary>
/// How one worker takes part in a study: the study-wide trial budget, an optional time limit (no new trial starts after
/// it), its name in the trials table, the heartbeat interval and the grace after which a silent trial is declared dead
/// (Optuna's defaults: 60 s and twice that), the pruner (null: none), and how many failures in a row make it give up.
/// </summary>
public sealed record TuningSettings
{
    public int Trials { get; init; } = 40;

    public TimeSpan? Timeout { get; init; }

    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(60);

    public MedianPruner? Pruner { get; init; } = new();

    public int MaxConsecutiveFailures { get; init; } = 3;
}
