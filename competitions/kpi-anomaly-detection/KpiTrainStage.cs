using System.Diagnostics;
using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.IO;
using Kaggle.Runner;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Submission;

namespace KpiAnomalyDetection;

/// <summary>
/// The train verb: reads data/&lt;slug&gt;/ (the runner's download stage fills it), runs <see cref="KpiTraining"/>,
/// lays the predictions out with the runner's keyed submission (test keys in order, no sample file), checks it with
/// the gatekeeper, and writes the submission, the run record and the per-KPI table through the runner's
/// <see cref="StagedOutputs"/> (all appear together at the end, or none: an interrupted or failed run leaves nothing
/// the validate and submit verbs could take for a result). Options: --repo-root, --fast, --without-donut (the supervised-only ablation; others are accepted, unused).
/// </summary>
internal static class KpiTrainStage
{
    public static int Run(string[] args, Competition competition)
    {
        try
        {
            var fast = args.Contains("--fast");
            var useDonut = !args.Contains("--without-donut");
            var rootIndex = Array.IndexOf(args, "--repo-root");
            var root = rootIndex >= 0 && rootIndex + 1 < args.Length ? args[rootIndex + 1] : CompetitionRunner.FindRepositoryRoot(Directory.GetCurrentDirectory());
            var config = CompetitionConfig.Load(competition.ConfigPath);
            var store = new RunStore(root, config.Slug);
            var folder = Path.Combine(root, "data", config.Slug);
            var clock = Stopwatch.StartNew();
            var log = new List<string>();
            void Say(string line)
            {
                log.Add(line);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F0} s] {line}"));
            }
            var train = CsvReader.Read(Required(folder, config.Train), competition.ReadOptions);
            var test = CsvReader.Read(Required(folder, config.Test), competition.ReadOptions);
            Say($"Train: {config.Slug}, {train.RowCount} training rows, {test.RowCount} test rows{(fast ? " (fast)" : "")}, {Environment.ProcessorCount} cores");
            var (validation, predicted, seconds) = KpiTraining.Run(train, test, fast, Say, useDonut);

            var template = SubmissionTemplate.Load(folder, config);
            var spec = config.SubmissionSpec([.. template.Names]);
            // KpiTraining has rejected rows without a KPI ID or timestamp, so every key is present.
            var keys = RowKeys.Of(test, config.Keys).Select(k => k ?? throw new InvalidDataException("A test row has no key.")).ToArray();
            var submission = SubmissionBuilder.Build(template, keys, Matrix.FromColumn(predicted), spec);
            Gatekeeper.Check(template, submission, spec, "built from the predictions");

            using var interruption = new Interruption();
            StagedOutputs.RemoveAbandoned(store.Folder);
            using var outputs = interruption.Protect(new StagedOutputs(store.Folder));
            var created = DateTime.UtcNow;
            var runId = store.NewRunId(created, validation.Chosen.Detector + (validation.Chosen.SharedThreshold ? "-shared" : ""), validation.ChosenF1);
            var path = store.SubmissionPath(runId);
            var staged = outputs.File(path);
            CsvWriter.Write(submission, staged);
            var runFolder = outputs.Folder(store.RunFolder(runId));
            var table = KpiRunRecord.Table(validation);
            File.WriteAllLines(Path.Combine(runFolder, "kpis.csv"), table);
            seconds["total"] = clock.Elapsed.TotalSeconds;
            var record = KpiRunRecord.Build(new KpiRunRecord.Inputs(config, store, runId, created, root, folder, fast, useDonut),
                new SubmissionFileRecord(store.Relative(path), ContentHash.OfFile(staged), submission.RowCount), validation, seconds, log, table);
            RunJson.Write(Path.Combine(runFolder, "run.json"), record);
            outputs.Commit();
            store.SetLatest(record);
            Say($"wrote {store.Relative(path)}: {submission.RowCount} rows; held-out validation adjusted F1 {validation.ChosenF1:F4} ({validation.Chosen}); per-KPI table in {store.Relative(store.RunFolder(runId))}/kpis.csv");
            return 0;
        }
        catch (Exception e) when (e is StageException or InvalidDataException or CsvFormatException or IOException or SubmissionRejectedException or ArgumentException)
        {
            Console.Error.WriteLine($"train failed: {e.Message}");
            return 1;
        }
    }

    private static string Required(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new StageException($"{path} is missing: run the Download stage first (dotnet cake --target=Download --competition=kpi-anomaly-detection --mirror=...).");
    }
}
