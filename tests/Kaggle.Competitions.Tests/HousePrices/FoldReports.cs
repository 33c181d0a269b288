using Kaggle.Core.Validation;

namespace Kaggle.Competitions.Tests.HousePrices;

/// <summary>Keeps every fold report cross-validation sends, in order.</summary>
internal sealed class FoldReports : ICrossValidationObserver
{
    public List<FoldReport> All { get; } = [];

    public void FoldStarted(string model, int step, int totalSteps)
    {
    }

    public void FoldFinished(string model, FoldResult result)
    {
    }

    public void FoldReported(string model, FoldReport report) => All.Add(report);
}
