using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.IO;
using Kaggle.Core.Metrics;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Submission;
using Kaggle.Core.Validation;
using Kaggle.Runner.Stages;
using Spectre.Console;

namespace Kaggle.Runner.Train;

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
        parameters["training_rows"] = data.Train.RowCount.ToString(CultureInfo.InvariantCulture);
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
        var final = Combine(experiment, experiment.Ensemble, results, metric, data.Target);
        var compared = experiment.Compare
            .Where(kind => kind != experiment.Ensemble && kind != EnsembleKind.None && results.Count > 1)
            .Distinct()
            .Select(kind => Combine(experiment, kind, results, metric, data.Target).Result)
            .ToList();
        durations["ensemble"] = clock.Elapsed.TotalSeconds;

        var reported = results.Concat(compared).ToList();
        var logs = RunLogs(results);
        var record = Write(data, reported, final, parameters, dataFiles, codeHash, fingerprint, durations, total, logs);
        foreach (var (model, lines) in logs)
            foreach (var line in lines)
                context.Console.MarkupLineInterpolated($"[yellow]{model}[/]: {line}");
        context.Console.Write(RunTables.Folds(reported, final.Result));
        context.Console.MarkupLineInterpolated($"[green]Train[/]: run {record.RunId}, submission {record.Submission.Path} ({record.Submission.Rows} rows)");
        return record;
    }

    private CompetitionData Load()
    {
        var data = CompetitionData.Load(context.DataFolder, context.Config, context.Competition.ReadOptions);
        var train = context.Competition.Prepare(data.Train, context.Options);
        var test = context.Competition.Prepare(data.Test, context.Options);
        (train, test) = context.Competition.PrepareTogether(train, test, context.Options);
        if (context.Competition.TrainingRows(train, data.Target, context.Options) is { } rows)
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
            ["ensemble"] = experiment.Ensemble + (experiment.Submit is null ? "" : ":" + experiment.Submit)
                + (experiment.Members is null ? "" : " of " + string.Join(",", experiment.Members)),
            ["runtime"] = Environment.Version.ToString(),
        };
        if (experiment.Ensemble == EnsembleKind.Stack || experiment.Compare.Contains(EnsembleKind.Stack))
            parameters["meta"] = $"{experiment.Meta} | inputs: {experiment.MetaInputs?.Name ?? "identity"}";
        if (experiment.Compare.Count > 0)
            parameters["compare"] = string.Join(",", experiment.Compare);
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

    /// <summary>The ensemble <paramref name="kind"/> of the members (one member or None: the named or first member).</summary>
    private static (CrossValidationResult Result, string? Key) Combine(
        Experiment experiment, EnsembleKind kind, List<CrossValidationResult> all, IMetric metric, double[] y)
    {
        var results = experiment.Members is null ? all : all.Where(r => experiment.Members.Contains(r.Model)).ToList();
        if (experiment.Members is { } members && members.FirstOrDefault(m => all.All(r => r.Model != m)) is { } unknown)
            throw new StageException($"Experiment.Members names '{unknown}', which is not a model.");
        if (results.Count == 1 || kind == EnsembleKind.None)
        {
            var name = experiment.Submit ?? results[0].Model;
            return (results.SingleOrDefault(r => r.Model == name) ?? throw new StageException($"Experiment.Submit names '{name}', which is not a model."), null);
        }
        return kind switch
        {
            EnsembleKind.Average => (Average.Of(results, metric, y), null),
            EnsembleKind.RankAverage => (RankAverage.Of(results, metric, y), null),
            EnsembleKind.Stack => (new Stack(experiment.Meta ?? throw new StageException("EnsembleKind.Stack needs Experiment.Meta, the meta-learner."))
            {
                Inputs = experiment.MetaInputs,
            }.Fit(results, metric, y), "stack_meta_model"),
            _ => (new Blend().Fit(results, metric, y).Result, "blend_weights"),
        };
    }

    /// <summary>
    /// Run-log lines per model: categories only in test (the test rows per column, over the fold fits), and under
    /// "&lt;model&gt; training" the fold fits' training logs (loss and metric per epoch) when the model keeps one.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> RunLogs(List<CrossValidationResult> results)
    {
        var logs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.UnseenTestLevels.Count > 0))
        {
            var parts = result.UnseenTestLevels.Select(p =>
            {
                var (min, max) = (p.Value.Min(), p.Value.Max());
                return min == max ? $"{p.Key} {min}" : $"{p.Key} {min}-{max}";
            });
            logs[result.Model] = [$"categories only in test (test rows per column with a level the fold's training rows lacked, over {result.Folds.Count} fits; encoded as unseen): {string.Join(", ", parts)}"];
        }
        foreach (var result in results.Where(r => r.TrainingLog.Count > 0))
            logs[result.Model + " training"] = result.TrainingLog;
        return logs;
    }

    private RunRecord Write(CompetitionData data, List<CrossValidationResult> results, (CrossValidationResult Result, string? Key) combined,
        Dictionary<string, string> parameters, List<DataFileRecord> dataFiles, string codeHash, string fingerprint,
        Dictionary<string, double> durations, Stopwatch total, Dictionary<string, IReadOnlyList<string>> logs)
    {
        var final = combined.Result;
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
            Parameters = combined.Key is null ? parameters : new Dictionary<string, string>(parameters) { [combined.Key] = final.Parameters },
            Seeds = context.Options.Seeds,
            FoldScheme = $"{context.Config.Cv.Scheme} {context.Config.Cv.Folds}-fold × {context.Options.Repeats} (assignments in folds.csv)",
            Models = models,
            Final = final.Model,
            Cv = Summary(final),
            Submission = new SubmissionFileRecord(store.Relative(submissionPath), ContentHash.OfFile(submissionPath), submission.RowCount),
            Versions = Fingerprint.Versions(),
            DurationsSeconds = durations,
            Logs = logs,
        };
        store.Save(record);
        store.SetLatest(record);
        return record;
    }

    public static CvSummary Summary(CrossValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CvSummary(result.Metric, result.HigherIsBetter, result.Mean, result.Std, result.OutOfFoldScore,
            result.Folds.Select(f => new FoldScore(f.Repeat, f.Seed, f.Fold, f.Score, f.Seconds)).ToList())
        {
            SeedMeans = result.SeedMeans,
            SeedStd = result.SeedStd,
        };
    }
}
