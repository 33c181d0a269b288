namespace Kaggle.Tuning.Studies;

/// <summary>What a worker tells its user as it goes (progress lines, a test's log); every method defaults to nothing.</summary>
public interface ITuningObserver
{
    /// <summary>A trial was handed to this worker.</summary>
    void TrialStarted(TrialRecord trial) { }

    /// <summary>A fold of the running trial was scored (1-based <paramref name="fold"/>).</summary>
    void FoldScored(TrialRecord trial, int fold, double score) { }

    /// <summary>A trial ended: <paramref name="finished"/> holds its state, value, fold scores and times; <paramref name="lost"/> when it expired under this worker and was dropped.</summary>
    void TrialFinished(TrialRecord finished, bool lost) { }

    /// <summary>The budget is handed out but other workers still run <paramref name="running"/> trials; this worker waits in case one dies.</summary>
    void Waiting(int running) { }
}
