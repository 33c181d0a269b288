namespace Kaggle.Tuning.Studies;

/// <summary>
/// One stored trial: its number in the study, state, parameters (by name: double, long or string), the score of each
/// fold so far, the final value (mean fold score; the running mean at the pruned fold for a pruned trial), the worker
/// that ran it, its start and end (UTC) and, for a re-queued trial, the trial it repeats.
/// </summary>
public sealed record TrialRecord(
    long Id,
    int Number,
    TrialState State,
    IReadOnlyDictionary<string, object> Parameters,
    IReadOnlyList<double> FoldScores,
    double? Value,
    string? Worker,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    int? RetryOf = null,
    string? Error = null)
{
    /// <summary>Seconds from start to end, or null while it has not finished.</summary>
    public double? Seconds => Started is { } s && Finished is { } f ? (f - s).TotalSeconds : null;

    /// <summary>The running means of the fold scores: the intermediate value after each fold, which the pruner compares.</summary>
    public double[] RunningMeans()
    {
        var means = new double[FoldScores.Count];
        var sum = 0.0;
        for (var k = 0; k < means.Length; k++) means[k] = (sum += FoldScores[k]) / (k + 1);
        return means;
    }
}
