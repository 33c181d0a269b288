namespace Kaggle.Core.Tests.Validation;

/// <summary>Keeps every fold report cross-validation sends, in order.</summary>
internal sealed class FoldReports : Core.Validation.ICrossValidationObserver
{
    public List<Core.Validation.FoldReport> All { get; } = [];

    public void FoldStarted(string model, int step, int totalSteps)
    {
    }

    public void FoldFinished(string model, Core.Validation.FoldResult result)
    {
    }

    public void FoldReported(string model, Core.Validation.FoldReport report) => All.Add(report);
}
