using System.Globalization;
using Kaggle.Core.Validation;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, optional step before cross-validation: adversarial validation of the prepared training rows against the test
/// rows (<see cref="Experiment.Adversarial"/>). It prints the AUC and the features that tell the files apart, records
/// them (<see cref="RunLog.Adversarial"/>, and a line under "adversarial" in the logs), and returns each training row's
/// test-likeness for the <c>adversarial</c> cross-validation scheme. The classifier's label is "is a test row": it
/// never sees the competition's target.
/// </summary>
internal static class AdversarialStep
{
    /// <summary>How many of the most telling features are recorded and printed.</summary>
    public const int TopFeatures = 10;

    public static AdversarialResult Run(RunContext context, ModelSpec model, CompetitionData data, RunLog log)
    {
        var diagnostics = new FitDiagnostics();
        var result = AdversarialValidation.Run(model, data.Train, data.Test, context.Config.Cv.Folds, context.Options.Seed, new Reports(diagnostics));
        var top = diagnostics.Importance().GetValueOrDefault(model.Name)?.Features.Take(TopFeatures).ToList() ?? [];
        var holdout = context.Config.Cv.Scheme == "adversarial" ? context.Config.Cv.Holdout : (double?)null;
        log.Adversarial = new AdversarialRecord(model.Name, result.Auc, data.Train.RowCount, data.Test.RowCount, top) { Holdout = holdout };

        var c = CultureInfo.InvariantCulture;
        var line = string.Create(c,
            $"'{model.Name}' tells test rows from training rows with out-of-fold AUC {result.Auc:F4} ({data.Train.RowCount} training, {data.Test.RowCount} test rows; 0.5 = alike)");
        if (top.Count > 0) line += "; most telling: " + string.Join(", ", top.Take(5).Select(w => string.Create(c, $"{w.Feature} {w.Mean:F3}")));
        if (holdout is { } share) line += string.Create(c, $"; validating on the {share:P0} most test-like training rows");
        log.Note("adversarial", line);
        context.Console.MarkupLineInterpolated($"[blue]Adversarial validation[/]: {line}");
        return result;
    }

    /// <summary>Hands the adversarial fold fits to the diagnostics (importances of "is a test row").</summary>
    private sealed class Reports(FitDiagnostics diagnostics) : ICrossValidationObserver
    {
        public void FoldStarted(string model, int step, int totalSteps)
        {
        }

        public void FoldFinished(string model, FoldResult result)
        {
        }

        public void FoldReported(string model, FoldReport report) => diagnostics.Add(model, report);
    }
}
