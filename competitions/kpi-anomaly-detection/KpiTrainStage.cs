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
/// the gatekeeper, writes it under a new run id with a run record, so the runner's validate and submit verbs work on it.
/// Options: --repo-root, --fast (others the runner passes are accepted and unused).
/// </summary>
internal static class KpiTrainStage
{
    public static int Run(string[] args, Competition competition)
    {
        try
        {
            var fast = args.Contains("--fast");
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
            Say($"Train: {config.Slug}, {train.RowCount} training rows, {test.RowCount} test rows{(fast ? " (fast)" : "")}");
            var (validation, predicted) = KpiTraining.Run(train, test, fast, Say);

            var template = SubmissionTemplate.Load(folder, config);
            var spec = config.SubmissionSpec([.. template.Names]);
            // KpiTraining has rejected rows without a KPI ID or timestamp, so every key is present.
            var keys = RowKeys.Of(test, config.Keys).Select(k => k ?? throw new InvalidDataException("A test row has no key.")).ToArray();
            var submission = SubmissionBuilder.Build(template, keys, Matrix.FromColumn(predicted), spec);
            Gatekeeper.Check(template, submission, spec, "built from the predictions");
            var created = DateTime.UtcNow;
            var runId = store.NewRunId(created, validation.Chosen, validation.ChosenF1);
            var path = store.SubmissionPath(runId);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            CsvWriter.Write(submission, path);
            var record = Record(config, store, runId, created, root, folder, path, submission.RowCount, validation, fast, clock.Elapsed.TotalSeconds, log);
            store.Save(record);
            store.SetLatest(record);
            Say($"wrote {store.Relative(path)}: {submission.RowCount} rows; validation adjusted F1 {validation.ChosenF1:F4} ({validation.Chosen})");
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

    private static RunRecord Record(CompetitionConfig config, RunStore store, string runId, DateTime created, string root, string folder,
        string path, int rows, Kaggle.Autograd.Anomaly.KpiValidation validation, bool fast, double seconds, List<string> log)
    {
        CvSummary Summary(double f1) => new("adjusted-f1 (delay 7)", true, f1, 0, f1, [new FoldScore(0, config.Seed, 0, f1, seconds)]);
        var data = new[] { config.Train, config.Test }
            .Select(f => Path.Combine(folder, f))
            .Select(p => new DataFileRecord(Path.GetFileName(p), ContentHash.OfFile(p), new FileInfo(p).Length)).ToList();
        var parameters = new Dictionary<string, string> { ["fast"] = fast ? "true" : "false", ["pipeline"] = Detection.Pipeline(fast).ToString() };
        return new RunRecord
        {
            RunId = runId,
            Competition = config.Slug,
            CreatedUtc = created,
            Fingerprint = ContentHash.OfText(string.Join("|", data.Select(d => d.Sha256).Append(parameters["pipeline"]))),
            Git = GitInfo.Read(root),
            CodeHash = "",
            Data = data,
            Parameters = parameters,
            Seeds = [config.Seed],
            FoldScheme = "time-ordered: the last 30 % of each KPI's training span, per-KPI thresholds chosen there",
            Models = [new ModelRecord("donut", "", Summary(validation.DonutF1), seconds), new ModelRecord("gbdt", "", Summary(validation.GbdtF1), seconds)],
            Final = validation.Chosen,
            Cv = Summary(validation.ChosenF1),
            Submission = new SubmissionFileRecord(store.Relative(path), ContentHash.OfFile(path), rows),
            Versions = new Dictionary<string, string> { [".NET"] = Environment.Version.ToString() },
            DurationsSeconds = new Dictionary<string, double> { ["total"] = seconds },
            Logs = new Dictionary<string, IReadOnlyList<string>> { ["train"] = log },
        };
    }
}
