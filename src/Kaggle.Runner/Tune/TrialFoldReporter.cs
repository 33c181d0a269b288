using Kaggle.Core.Validation;
using Kaggle.Tuning.Studies;

namespace Kaggle.Runner.Tune;

/// <summary>Hands every fold score of the cross-validation to the trial, whose pruner may stop the loop right there.</summary>
internal sealed class TrialFoldReporter(Trial trial) : ICrossValidationObserver
{
    private bool _last;

    public void FoldStarted(string model, int step, int totalSteps) => _last = step == totalSteps;

    public void FoldFinished(string model, FoldResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        trial.Report(result.Score, _last);
    }
}
