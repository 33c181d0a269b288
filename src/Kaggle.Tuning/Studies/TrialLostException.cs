namespace Kaggle.Tuning.Studies;

/// <summary>
/// The running trial was taken away from this worker (its heartbeat expired, for instance while the machine was
/// suspended) and re-queued; the worker drops its result so that no trial is counted twice.
/// </summary>
internal sealed class TrialLostException : Exception
{
    public TrialLostException() { }

    public TrialLostException(string message) : base(message) { }

    public TrialLostException(string message, Exception inner) : base(message, inner) { }
}
