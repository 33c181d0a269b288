using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;
using Kaggle.Runner.Train;
using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Storage;
using Kaggle.Tuning.Studies;
using Spectre.Console;

namespace Kaggle.Runner.Tune;

/// <summary>
/// The tune verb: load and prepare the data as Train does, open (or join) the study in the storage, then run trials
/// until the study's budget is handed out: each trial cross-validates the chosen model with the trial's parameters on
/// the competition's folds, reporting every fold so the median pruner can stop it. Ends with the best trials, the best
/// parameters and the line that adopts them. Several processes or machines can run it at once on one storage.
/// </summary>
public sealed class TuneStage(RunContext context, TuneOptions options)
{
    public IReadOnlyList<TrialRecord> Run()
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = context.Config;
        var tunables = context.Competition.Tunables(new BuildContext(context.Options.Fast) { CacheFolder = Path.Combine(context.DataFolder, "cache") });
        var model = tunables.FirstOrDefault(t => t.Name == options.Model) ?? throw new StageException(tunables.Count == 0
            ? $"--model={options.Model}: {config.Slug} declares no search space (override Competition.Tunables beside its models)."
            : $"--model={options.Model} has no search space in {config.Slug}; tunable models: {string.Join(", ", tunables.Select(t => t.Name))}.");
        ISampler sampler = options.Sampler switch
        {
            "tpe" => new TpeSampler(),
            "random" => new RandomSampler(),
            _ => throw new StageException($"--sampler={options.Sampler}: use tpe or random."),
        };
        var data = PrepareStep.Run(context, LoadStep.Run(context));
        var metric = Metric.FromName(config.Metric);
        var storage = Storage(() => StorageUri.Open(options.Storage, Path.Combine(context.Store.Folder, "tune.db")));
        var definition = new StudyDefinition(options.Study ?? model.Name, model.Space, metric.HigherIsBetter, sampler.Name, context.Options.Seed);
        var study = Storage(() => storage.OpenStudy(definition));
        var validation = new CrossValidation(CrossValidateStep.Splitter(config.Cv, context.Options.Seed, adversarial: null), metric) { Seeds = context.Options.Seeds };
        context.Console.MarkupLineInterpolated(
            $"[blue]Tune[/]: {config.Slug}, model {model.Name}, study {definition.Name} in {storage.Description}, sampler {sampler.Name}, seed {definition.Seed}, budget {options.Trials} trials{(options.Timeout is { } t ? $" or {t}" : "")}, {data.Train.RowCount} rows, {config.Cv.Scheme} {config.Cv.Folds}-fold × {context.Options.Repeats}, metric {metric.Name}, median pruner per fold");
        context.Console.MarkupLineInterpolated($"[grey]search space ({model.Space.Fingerprint()}):\n{model.Space.Describe()}[/]");

        var settings = new TuningSettings
        {
            Trials = options.Trials,
            Timeout = options.Timeout,
            Heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds),
            Grace = TimeSpan.FromSeconds(options.GraceSeconds),
        };
        Storage(() => new TuningWorker(storage, study, sampler, settings).Run(
            trial =>
            {
                validation.Run(model.Spec(trial.Parameters), data.Train, data.Target, test: null, data.Groups, new TrialFoldReporter(trial));
                return trial.RunningMean;
            },
            new TuneProgress(context.Console, options.Trials, metric.HigherIsBetter)));

        var trials = Storage(() => storage.Trials(study.Id));
        context.Console.Write(TuneTables.Best(trials, metric.HigherIsBetter));
        context.Console.MarkupLineInterpolated($"[blue]Tune[/]: {TuneTables.Summary(trials)}");
        if (TpeSampler.Rank(trials, metric.HigherIsBetter).FirstOrDefault(t => t.State == TrialState.Complete) is { } best)
        {
            context.Console.MarkupLineInterpolated($"[green]Best[/]: trial {best.Number}, CV {best.Value:F5}: {new Tuning.Space.TrialParameters(definition.Name, best.Number, best.Parameters)}");
            context.Console.MarkupLineInterpolated($"Adopt it in the competition's code:\n  {TuneTables.Adoption(definition.Name, model.Name, best)}");
        }
        return trials;
    }

    // Storage problems (an unreachable server, a refused search space) are the user's to fix: one paragraph, no stack trace.
    private static T Storage<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is TuningStorageException or SearchSpaceMismatchException)
        {
            throw new StageException(StorageUri.Redact(e.Message), e);
        }
    }
}
