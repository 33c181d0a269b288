using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Pruning;

/// <summary>
/// Optuna's median rule at fold granularity: after fold k a trial stops when its running CV (the mean of its first k+1
/// fold scores) is worse than the median of the running CVs at fold k of the complete trials. It never prunes before
/// <see cref="StartupTrials"/> trials are complete, nor before fold <see cref="WarmupSteps"/>.
/// </summary>
public sealed record MedianPruner
{
    /// <summary>Complete trials needed before anything is pruned (Optuna: 5).</summary>
    public int StartupTrials { get; init; } = 5;

    /// <summary>Folds (0-based steps) before this one are never pruned (Optuna: 0).</summary>
    public int WarmupSteps { get; init; }

    /// <summary>Whether a trial whose running CV after fold <paramref name="step"/> is <paramref name="runningMean"/> should stop.</summary>
    public bool ShouldPrune(int step, double runningMean, IReadOnlyList<TrialRecord> complete, bool maximize)
    {
        ArgumentNullException.ThrowIfNull(complete);
        if (step < WarmupSteps || double.IsNaN(runningMean)) return false;
        var atStep = complete.Where(t => t.State == TrialState.Complete && t.FoldScores.Count > step)
            .Select(t => t.RunningMeans()[step]).Order().ToArray();
        if (complete.Count(t => t.State == TrialState.Complete) < StartupTrials || atStep.Length == 0) return false;
        var median = atStep.Length % 2 == 1
            ? atStep[atStep.Length / 2]
            : (atStep[(atStep.Length / 2) - 1] + atStep[atStep.Length / 2]) / 2;
        return maximize ? runningMean < median : runningMean > median;
    }
}
