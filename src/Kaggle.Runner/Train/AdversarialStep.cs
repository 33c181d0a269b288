using System.Globalization;
using Kaggle.Core.Validation;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, optional step after cross-validation: adversarial validation of the prepared training rows against the test
/// rows (<see cref="Experiment.Adversarial"/>), printed and recorded under "adversarial" in the run's logs.
/// </summary>
internal static class AdversarialStep
{
    public static double Run(RunContext context, ModelSpec model, CompetitionData data, RunLog log)
    {
        var auc = AdversarialValidation.Auc(model, data.Train, data.Test, context.Config.Cv.Folds, context.Options.Seed);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"'{model.Name}' tells test rows from training rows with out-of-fold AUC {auc:F4} ({data.Train.RowCount} training, {data.Test.RowCount} test rows; 0.5 = alike)");
        log.Note("adversarial", line);
        context.Console.MarkupLineInterpolated($"[blue]Adversarial validation[/]: {line}");
        return auc;
    }
}
