namespace Kaggle.Tuning.Studies;

/// <summary>
/// Thrown from <see cref="Trial.Report"/> when the pruner stops a trial; it unwinds the objective (for the runner, the
/// cross-validation loop) and the worker records the trial as pruned.
/// </summary>
public sealed class TrialPrunedException : Exception
{
    public TrialPrunedException() { }

    public TrialPrunedException(string message) : base(message) { }

    public TrialPrunedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The fold (0-based step) after which the trial was stopped.</summary>
    public int Step { get; init; }
}
