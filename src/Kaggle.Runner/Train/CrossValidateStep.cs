using System.Globalization;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Validation;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 4: cross-validates every model of the experiment on the same folds (one repeat per seed), drawing a
/// progress bar and collecting each fold's side reports into the run log.
/// </summary>
internal static class CrossValidateStep
{
    public static List<CrossValidationResult> Run(RunContext context, Experiment experiment, CompetitionData data, IMetric metric, RunLog log,
        AdversarialResult? adversarial = null)
    {
        var config = context.Config;
        var validation = new CrossValidation(Splitter(config.Cv, context.Options.Seed, adversarial), metric) { Seeds = context.Options.Seeds };
        var results = new List<CrossValidationResult>();
        context.Console.MarkupLineInterpolated(
            $"[blue]Train[/]: {config.Slug}, {data.Train.RowCount} training rows, {data.Test.RowCount} test rows, {config.Cv.Scheme} {config.Cv.Folds}-fold × {context.Options.Repeats} repeat(s), metric {metric.Name}");
        context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var observer = new ConsoleProgress(progress, log);
                foreach (var model in experiment.Models)
                {
                    try
                    {
                        results.Add(validation.Run(model, data.Train, data.Target, data.Test, data.Groups, observer));
                    }
                    catch (Exception e) when (StageErrors.Find<TargetDomainException>(e) is { } domain)
                    {
                        throw OutsideDomain(config, data, model.Name, domain);
                    }
                    catch (Exception e) when (StageErrors.Find<NonFiniteFeatureException>(e) is { } infinite)
                    {
                        throw Infinite(config, data, infinite);
                    }
                }
            });
        return results;
    }

    // The model only knows the value and its index within a fold; the data knows which file row and column it came from.
    private static StageException OutsideDomain(CompetitionConfig config, CompetitionData data, string model, TargetDomainException domain)
    {
        var rows = Enumerable.Range(0, data.Target.Length).Where(i => data.Target[i].Equals(domain.Value)).Select(i => i + 1).ToList();
        var where = rows.Count == 0 ? "" : $"{config.Train} data row{(rows.Count == 1 ? "" : "s")} {string.Join(", ", rows.Take(5))}{(rows.Count > 5 ? ", …" : "")}: ";
        return new StageException($"{where}the target '{config.Target}' is {domain.Value}, which model '{model}' cannot use: its "
            + $"{domain.Transform} target transform is not defined there. Fix or drop the row(s), or give the model a transform that "
            + "accepts the value (asinh takes any real number).", domain);
    }

    // Cross-validation knows the row in the frames it was given; the training frame may have lost rows to the filter or the fast rule.
    private static StageException Infinite(CompetitionConfig config, CompetitionData data, NonFiniteFeatureException infinite)
    {
        var (file, row) = infinite.Rows == FoldRows.Test
            ? (config.Test, infinite.Row)
            : (config.Train, data.TrainFileRows is { } map ? map[infinite.Row] : infinite.Row);
        var role = infinite.Rows switch { FoldRows.Training => "a training row", FoldRows.Validation => "a validation row", _ => "a test row" };
        return new StageException(string.Create(CultureInfo.InvariantCulture, $"Model '{infinite.Model}': feature {infinite.Column} (after the "
            + $"model's feature steps) is {infinite.Value} in {file} data row {row + 1} ({role}). {NonFiniteFeatureException.Advice}"), infinite);
    }

    internal static IFoldSplitter Splitter(CvConfig cv, int seed, AdversarialResult? adversarial) => cv.Scheme switch
    {
        "adversarial" => new AdversarialHoldout(adversarial?.TestLikeness ?? throw new StageException(
            "cv.scheme 'adversarial' validates on the most test-like training rows, which needs an adversarial classifier: set Experiment.Adversarial "
            + "(e.g. new ModelSpec(\"adversarial_gbdt\", features, seed => new HistGradientBoostingClassifier { Seed = seed }))."), cv.Holdout),
        "kfold" => new KFold(cv.Folds, Shuffle: true, Seed: seed),
        "stratified" => new StratifiedKFold(cv.Folds, seed),
        "group" => new GroupKFold(cv.Folds, Shuffle: true, Seed: seed),
        "timeseries" => new TimeSeriesSplit(cv.Folds),
        _ => throw new StageException($"cv.scheme '{cv.Scheme}' is unknown; use kfold, stratified, group, timeseries or adversarial."),
    };
}
