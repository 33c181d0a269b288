namespace Kaggle.Core.Validation;

/// <summary>Receives progress from <see cref="CrossValidation"/> (the runner draws a progress bar from it).</summary>
public interface ICrossValidationObserver
{
    /// <summary>Called before fitting fold <paramref name="step"/> of <paramref name="totalSteps"/> (folds × repeats).</summary>
    void FoldStarted(string model, int step, int totalSteps);

    void FoldFinished(string model, FoldResult result);
}
