namespace Kaggle.Tuning.Studies;

/// <summary>Where a trial is in its life; stored as lower-case text.</summary>
public enum TrialState
{
    /// <summary>Re-queued after its worker died: the next free worker runs it with the same parameters.</summary>
    Waiting,

    /// <summary>Claimed by a worker, which keeps its heartbeat fresh.</summary>
    Running,

    /// <summary>Every fold scored; its value is the mean fold score.</summary>
    Complete,

    /// <summary>Stopped after a fold by the pruner; its value is the running mean at that fold.</summary>
    Pruned,

    /// <summary>Raised an error, or its worker's heartbeat expired.</summary>
    Failed,
}
