using Kaggle.Core.IO;
using Kaggle.Core.Metrics;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Stages;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// The Train stage as a short pipeline of named steps: load → prepare → reuse-or-run → cross-validate → combine →
/// post-process → write submission → record and report. Each step is its own small type in this folder; this class only runs
/// them in order, times them and prints the outcome.
/// </summary>
public sealed class TrainStage(RunContext context)
{
    public RunRecord Run()
    {
        var timer = new StepTimer();
        var data = timer.Time("load", () => PrepareStep.Run(context, LoadStep.Run(context)));
        var experiment = context.Competition.Build(new BuildContext(context.Options.Fast) { CacheFolder = Path.Combine(context.DataFolder, "cache") });
        if (experiment.Models.Count == 0)
            throw new StageException($"{context.Config.Slug}: the experiment has no models.");
        var inputs = RunInputs.Of(context, experiment, data);
        if (ReuseStep.Run(context, inputs) is { } previous) return previous;

        var metric = Metric.FromName(context.Config.Metric);
        var log = new RunLog();
        // Adversarial validation comes first: the adversarial scheme validates on the rows it finds most test-like.
        var adversarial = experiment.Adversarial is { } classifier
            ? timer.Time("adversarial", () => AdversarialStep.Run(context, classifier, data, log))
            : null;
        var results = CrossValidateStep.Run(context, experiment, data, metric, log, adversarial);
        foreach (var result in results)
        {
            timer.Seconds["cv:" + result.Model] = result.Seconds;
            if (result.Refit) timer.Seconds["refit:" + result.Model] = result.RefitSeconds;
        }
        var combined = timer.Time("ensemble", () => CombineStep.Run(experiment, results, metric, data.Target));
        combined = PostProcessStep.Run(experiment, combined, metric, data.Target);
        var run = new TrainedRun(data, inputs, combined, log);
        // The submission and the run folder are written under a staging folder and appear together at the end, or not at all.
        StagedOutputs.RemoveAbandoned(context.Store.Folder);
        using var outputs = new StagedOutputs(context.Store.Folder);
        context.Interruption?.Protect(outputs);
        var submission = timer.Time("write", () => WriteSubmissionStep.Run(context, data, combined, outputs));
        var record = RecordStep.Run(context, run, submission, timer, outputs);

        foreach (var (model, lines) in record.Logs)
            foreach (var line in lines)
                context.Console.MarkupLineInterpolated($"[yellow]{model}[/]: {line}");
        context.Console.Write(RunTables.Folds(combined.Reported, combined.Final));
        context.Console.MarkupLineInterpolated($"[green]Train[/]: run {record.RunId}, submission {record.Submission.Path} ({record.Submission.Rows} rows)");
        return record;
    }
}
