using System.Globalization;
using Kaggle.Autograd.Anomaly;
using Kaggle.Core.IO;
using Kaggle.Runner;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Train;

namespace KpiAnomalyDetection;

/// <summary>
/// The run record of a KPI training, in the runner's format: commit, code and data hashes, parameters, seed, each
/// detector's validation adjusted F1 (all KPIs concatenated), stage durations (wall and CPU), the log, and the per-KPI
/// table (F1s, thresholds, timings), which is also written beside it as kpis.csv.
/// </summary>
internal static class KpiRunRecord
{
    private const string Metric = "adjusted-f1 (delay 7)";

    /// <summary>Where and what the run read and how it was asked to run.</summary>
    public sealed record Inputs(CompetitionConfig Config, RunStore Store, string RunId, DateTime Created, string Root, string DataFolder, bool Fast, bool UseDonut);

    public static RunRecord Build(Inputs inputs, SubmissionFileRecord submission, KpiValidation validation,
        IReadOnlyDictionary<string, double> seconds, IReadOnlyList<string> log, IReadOnlyList<string> table)
    {
        var config = inputs.Config;
        var data = new[] { config.Train, config.Test }
            .Select(f => Path.Combine(inputs.DataFolder, f))
            .Select(p => new DataFileRecord(Path.GetFileName(p), ContentHash.OfFile(p), new FileInfo(p).Length)).ToList();
        var pipeline = Detection.Pipeline(inputs.Fast, inputs.UseDonut);
        var parameters = new Dictionary<string, string> { ["fast"] = inputs.Fast ? "true" : "false", ["pipeline"] = pipeline.ToString() };
        var code = Fingerprint.Code(inputs.Root, config.Slug);
        var validate = seconds.GetValueOrDefault("validate");
        // One model record per way of raising alarms; its CV is the held-out F1 (thresholds chosen on the other half).
        var models = validation.Choices.Select(c => new ModelRecord(Name(c), (c.Detector == "donut" ? pipeline.Donut.ToString() : pipeline.Gbdt.ToString())
            + string.Create(CultureInfo.InvariantCulture, $" | {c} | in-sample F1 {c.InSampleF1:F4}"), Summary(c.HeldOutF1, validate), validate)).ToList();
        return new RunRecord
        {
            RunId = inputs.RunId,
            Competition = config.Slug,
            CreatedUtc = inputs.Created,
            Fingerprint = Fingerprint.Of(data, code, parameters),
            Git = GitInfo.Read(inputs.Root),
            CodeHash = code,
            Data = data,
            Parameters = parameters,
            Seeds = [config.Seed],
            FoldScheme = "time-ordered: the last 30 % of each KPI's training span (one fold per KPI); thresholds (per KPI, or one for all) "
                + "chosen on one half of it and scored on the other, both ways",
            Models = models,
            Final = Name(validation.Chosen),
            Cv = models.Single(m => m.Name == Name(validation.Chosen)).Cv,
            Submission = submission,
            Versions = Fingerprint.Versions(),
            DurationsSeconds = seconds,
            Logs = new Dictionary<string, IReadOnlyList<string>> { ["train"] = log, ["kpis.csv"] = table },
        };
    }

    private static string Name(DetectorChoice choice) => choice.Detector + (choice.SharedThreshold ? "_shared_threshold" : "");

    /// <summary>The lines of kpis.csv: per KPI, its grid length, both detectors' validation F1 (held out and in-sample) and thresholds, and where its validation time went.</summary>
    public static List<string> Table(KpiValidation validation)
    {
        var timings = validation.Timings.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var lines = new List<string> { "kpi,points,donut_f1,gbdt_f1,donut_f1_in_sample,gbdt_f1_in_sample,donut_threshold,gbdt_threshold,donut_fit_s,donut_score_s,features_s,total_s" };
        foreach (var r in validation.Series)
        {
            var t = timings.GetValueOrDefault(r.Id) ?? new KpiTiming(r.Id, 0, 0, 0, 0, 0);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{r.Id},{t.Points},{r.DonutHeldOut.F1:F4},{r.GbdtHeldOut.F1:F4},{r.Donut.F1:F4},{r.Gbdt.F1:F4},{r.DonutThreshold:G6},{r.GbdtThreshold:G6},{t.DonutFitSeconds:F1},{t.DonutScoreSeconds:F1},{t.FeatureSeconds:F1},{t.TotalSeconds:F1}"));
        }
        return lines;
    }

    // The metric is the F1 of all KPIs concatenated, not a mean over KPIs, so the summary is that one score (a mean
    // over per-KPI "folds" would report a different number than the metric); the per-KPI F1s are in kpis.csv.
    private static CvSummary Summary(double f1, double seconds) => new(Metric, true, f1, 0, f1, [new FoldScore(0, 0, 0, f1, seconds)]);
}
