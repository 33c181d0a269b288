namespace Kaggle.Core.Validation;

/// <summary>
/// Receives what <see cref="CrossValidation"/> reports while it runs: progress (the runner draws a progress bar from
/// it) and, per fold fit, the side information that is not a prediction or a score (categories only in test, a
/// network's training log), which the runner writes into the run record. The numeric results stay in
/// <see cref="CrossValidationResult"/>.
/// </summary>
public interface ICrossValidationObserver
{
    /// <summary>Called before fitting fold <paramref name="step"/> of <paramref name="totalSteps"/> (folds × repeats).</summary>
    void FoldStarted(string model, int step, int totalSteps);

    void FoldFinished(string model, FoldResult result);

    /// <summary>Called after the refit of one seed on all training rows (<see cref="ModelSpec.Refit"/>), which counts as one step (default: ignored).</summary>
    void RefitFinished(string model, int seed, double seconds)
    {
    }

    /// <summary>Called after <see cref="FoldFinished"/> with what the fold fit reported beside its score (default: ignored).</summary>
    void FoldReported(string model, FoldReport report)
    {
    }
}
