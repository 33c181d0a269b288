using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.IO;
using Kaggle.Core.Metrics;
using Kaggle.Core.Runs;
using Kaggle.Core.Submission;
using Kaggle.Core.Validation;
using Spectre.Console;

namespace Kaggle.Core.Runner;

/// <summary>
/// Cross-validates the competition's models, combines them, writes the checked submission and the run record.
/// When a run with the same fingerprint (data, code, parameters) exists and its submission is intact, the stage
/// reuses it and says so, unless --force is given.
/// </summary>
public sealed class TrainStage(RunContext context)
{
    public RunRecord Run()
    {
        var total = Stopwatch.StartNew();
        var durations = new Dictionary<string, double>(StringComparer.Ordinal);
        var options = context.Options;
        var config = context.Config;

        var clock = Stopwatch.StartNew();
        var data = Load();
        durations["load"] = clock.Elapsed.TotalSeconds;

        var experiment = context.Competition.Build(options);
        if (experiment.Models.Count == 0)
            throw new StageException($"{config.Slug}: the experiment has no models.");
        var parameters = Parameters(experiment);
        var dataFiles = DataFiles();
        var codeHash = Fingerprint.Code(options.RepositoryRoot, config.Slug);
        var fingerprint = Fingerprint.Of(dataFiles, codeHash, parameters);

        if (!options.Force && Reusable(fingerprint) is { } previous)
        {
            context.Store.SetLatest(previous);
            context.Console.MarkupLineInterpolated(
                $"[green]Train[/]: inputs unchanged since run {previous.RunId} (data, code and parameters hash {fingerprint[..12]}); reusing it. Pass --force to retrain.");
            return previous;
        }

        var metric = Metric.FromName(config.Metric);
        var validation = new CrossValidation(Splitter(config.Cv, options.Seed), metric) { Seeds = options.Seeds };
        var results = new List<CrossValidationResult>();
        context.Console.MarkupLineInterpolated(
            $"[blue]Train[/]: {config.Slug}, {data.Train.RowCount} training rows, {data.Test.RowCount} test rows, {config.Cv.Scheme} {config.Cv.Folds}-fold × {options.Repeats} repeat(s), metric {metric.Name}");
        context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var observer = new ConsoleProgress(progress);
                foreach (var model in experiment.Models)
                    results.Add(validation.Run(model, data.Train, data.Target, data.Test, data.Groups, observer));
            });
        foreach (var result in results) durations["cv:" + result.Model] = result.Seconds;

        clock.Restart();
        var (final, weights) = Combine(experiment, results, metric, data.Target);
        durations["ensemble"] = clock.Elapsed.TotalSeconds;

        var record = Write(data, results, final, weights, parameters, dataFiles, codeHash, fingerprint, durations, total);
        context.Console.Write(RunTables.Folds(results, final));
        context.Console.MarkupLineInterpolated($"[green]Train[/]: run {record.RunId}, submission {record.Submission.Path} ({record.Submission.Rows} rows)");
        return record;
    }

    private CompetitionData Load()
    {
        var data = CompetitionData.Load(context.DataFolder, context.Config, context.Competition.ReadOptions);
        var train = context.Competition.Prepare(data.Train, context.Options);
        var test = context.Competition.Prepare(data.Test, context.Options);
        (train, test) = context.Competition.PrepareTogether(train, test, context.Options);
        if (context.Competition.TrainingRows(train.RowCount, context.Options) is { } rows)
        {
            train = train.Rows(rows);
            data = data with
            {
                Target = rows.Select(r => data.Target[r]).ToArray(),
                TrainIds = rows.Select(r => data.TrainIds[r]).ToArray(),
                Groups = data.Groups is null ? null : rows.Select(r => data.Groups[r]).ToArray(),
            };
        }
        return data with { Train = train, Test = test };
    }

    private Dictionary<string, string> Parameters(Experiment experiment)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["config"] = JsonSerializer.Serialize(context.Config, CompetitionConfig.JsonOptions),
            ["seed"] = context.Options.Seed.ToString(CultureInfo.InvariantCulture),
            ["repeats"] = context.Options.Repeats.ToString(CultureInfo.InvariantCulture),
            ["fast"] = context.Options.Fast ? "true" : "false",
            ["ensemble"] = experiment.Ensemble + (experiment.Submit is null ? "" : ":" + experiment.Submit),
            ["runtime"] = Environment.Version.ToString(),
        };
        foreach (var model in experiment.Models)
            parameters["model:" + model.Name] = model.Describe(context.Options.Seed);
        return parameters;
    }

    private List<DataFileRecord> DataFiles()
    {
        var names = new[] { context.Config.Train, context.Config.Test, context.Config.SampleSubmission }.Distinct();
        return names.Select(name =>
        {
            var path = Path.Combine(context.DataFolder, name);
            return new DataFileRecord(name, ContentHash.OfFile(path), new FileInfo(path).Length);
        }).ToList();
    }

    private RunRecord? Reusable(string fingerprint) =>
        context.Store.All()
            .Where(r => r.Fingerprint == fingerprint)
            .Reverse()
            .FirstOrDefault(r =>
            {
                var path = Path.Combine(context.Options.RepositoryRoot, r.Submission.Path);
                return File.Exists(path) && ContentHash.OfFile(path) == r.Submission.Sha256;
            });

    private static IFoldSplitter Splitter(CvConfig cv, int seed) => cv.Scheme switch
    {
        "kfold" => new KFold(cv.Folds, Shuffle: true, Seed: seed),
        "stratified" => new StratifiedKFold(cv.Folds, seed),
        "group" => new GroupKFold(cv.Folds, Shuffle: true, Seed: seed),
        "timeseries" => new TimeSeriesSplit(cv.Folds),
        _ => throw new StageException($"cv.scheme '{cv.Scheme}' is unknown; use kfold, stratified, group or timeseries."),
    };

    private static (CrossValidationResult Final, BlendResult? Weights) Combine(
        Experiment experiment, List<CrossValidationResult> results, IMetric metric, double[] y)
    {
        if (results.Count == 1 || experiment.Ensemble == EnsembleKind.None)
        {
            var name = experiment.Submit ?? results[0].Model;
            return (results.SingleOrDefault(r => r.Model == name) ?? throw new StageException($"Experiment.Submit names '{name}', which is not a model."), null);
        }
        if (experiment.Ensemble == EnsembleKind.Average)
            return (Ensembles.Average.Of(results, metric, y), null);
        var blend = new Blend().Fit(results, metric, y);
        return (blend.Result, blend);
    }

    private RunRecord Write(CompetitionData data, List<CrossValidationResult> results, CrossValidationResult final, BlendResult? blend,
        Dictionary<string, string> parameters, List<DataFileRecord> dataFiles, string codeHash, string fingerprint,
        Dictionary<string, double> durations, Stopwatch total)
    {
        var clock = Stopwatch.StartNew();
        var store = context.Store;
        var created = DateTime.UtcNow;
        var runId = store.NewRunId(created, final.Model, final.Mean);
        var spec = context.Config.SubmissionSpec(data.Sample.Names.ToArray());
        var submission = SubmissionBuilder.Build(data.Sample, data.TestIds, final.Test!, spec);
        Gatekeeper.Check(data.Sample, submission, spec, "built from the predictions");
        var submissionPath = store.SubmissionPath(runId);
        CsvWriter.Write(submission, submissionPath);
        PredictionFiles.Write(store.RunFolder(runId), data, results, final);

        var models = results.Append(final).Distinct().Select(r => new ModelRecord(r.Model, r.Parameters, Summary(r), r.Seconds)).ToList();
        durations["write"] = clock.Elapsed.TotalSeconds;
        durations["total"] = total.Elapsed.TotalSeconds;
        var record = new RunRecord
        {
            RunId = runId,
            Competition = context.Config.Slug,
            CreatedUtc = created,
            Fingerprint = fingerprint,
            Git = GitInfo.Read(context.Options.RepositoryRoot),
            CodeHash = codeHash,
            Data = dataFiles,
            Parameters = blend is null ? parameters : new Dictionary<string, string>(parameters) { ["blend_weights"] = final.Parameters },
            Seeds = context.Options.Seeds,
            FoldScheme = $"{context.Config.Cv.Scheme} {context.Config.Cv.Folds}-fold × {context.Options.Repeats} (assignments in folds.csv)",
            Models = models,
            Final = final.Model,
            Cv = Summary(final),
            Submission = new SubmissionFileRecord(store.Relative(submissionPath), ContentHash.OfFile(submissionPath), submission.RowCount),
            Versions = Fingerprint.Versions(),
            DurationsSeconds = durations,
        };
        store.Save(record);
        store.SetLatest(record);
        return record;
    }

    public static CvSummary Summary(CrossValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CvSummary(result.Metric, result.HigherIsBetter, result.Mean, result.Std, result.OutOfFoldScore,
            result.Folds.Select(f => new FoldScore(f.Repeat, f.Seed, f.Fold, f.Score, f.Seconds)).ToList());
    }
}
