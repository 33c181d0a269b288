using System.Diagnostics;
using System.Globalization;
using Kaggle.Autograd.Anomaly;
using Kaggle.Core.Data;
using Kaggle.Core.TimeSeries;

namespace KpiAnomalyDetection;

/// <summary>
/// The competition's training flow: read the rows, put each KPI on its grid (irregular input handled and said),
/// validate time-ordered with per-KPI thresholds, refit on all training data, and predict 0/1 for every test row
/// (in the test file's order).
/// </summary>
internal static class KpiTraining
{
    public const string SeriesColumn = "KPI ID";
    public const string TimeColumn = "timestamp";
    public const string ValueColumn = "value";
    public const string LabelColumn = "label";

    /// <summary>How the files are read: the KPI ID as text, everything else numeric.</summary>
    public static CsvReadOptions ReadOptions { get; } = CsvReadOptions.Default with
    {
        Kinds = new Dictionary<string, ColumnKind> { [SeriesColumn] = ColumnKind.Text },
        MissingTokens = ["", "NA", "NaN", "nan"],
    };

    /// <summary>
    /// Validates, refits and predicts; <c>Seconds</c> holds the wall and CPU seconds of each stage ("validate",
    /// "refit", with "_cpu" for the process's CPU seconds over all threads).
    /// </summary>
    public static (KpiValidation Validation, double[] Predictions, Dictionary<string, double> Seconds) Run(Frame trainFrame, Frame testFrame, bool fast, Action<string> log, bool useDonut = true)
    {
        var seconds = new Dictionary<string, double>();
        var train = SeriesRows.FromFrame(trainFrame, "train.csv", SeriesColumn, TimeColumn, ValueColumn, LabelColumn);
        var test = SeriesRows.FromFrame(testFrame, "test.csv", SeriesColumn, TimeColumn, ValueColumn);
        var modelled = fast ? Smallest(train, Detection.FastKpis) : null;
        var set = SeriesGrid.Build(Keep(train, modelled), Keep(test, modelled));
        foreach (var note in set.Notes) log($"input: {note}");
        var pipeline = Detection.Pipeline(fast, useDonut);
        var validation = Timed("validate", () => pipeline.Validate(set, log), seconds, log);
        log(Table(validation));
        var predicted = Timed("refit", () => pipeline.Predict(set, validation, log), seconds, log);
        // Rows of KPIs a fast run leaves out get 0; a full run models every KPI.
        var labels = new double[test.Count];
        var next = 0;
        for (var row = 0; row < test.Count; row++)
            if (modelled is null || modelled.Contains(test.Series[row])) labels[row] = predicted[next++];
        return (validation, labels, seconds);
    }

    private static T Timed<T>(string stage, Func<T> run, Dictionary<string, double> seconds, Action<string> log)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        process.Refresh();
        seconds[stage] = clock.Elapsed.TotalSeconds;
        seconds[stage + "_cpu"] = (process.TotalProcessorTime - cpu).TotalSeconds;
        log(string.Create(CultureInfo.InvariantCulture, $"{stage}: {seconds[stage]:F0} s wall, {seconds[stage + "_cpu"]:F0} CPU s"));
        return result;
    }

    /// <summary>
    /// The validation tables (README format): per KPI and overall adjusted F1 of Donut and the GBDT with per-KPI
    /// thresholds chosen on the other half of the validation span (held out) and on the scored points (in-sample);
    /// then the four detector and threshold choices with their overall F1s, and the one submitted.
    /// </summary>
    public static string Table(KpiValidation validation)
    {
        var lines = new List<string> { "| KPI | Donut F1 | GBDT F1 | Donut in-sample | GBDT in-sample |", "|---|---|---|---|---|" };
        lines.AddRange(validation.Series.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Id[..Math.Min(8, r.Id.Length)]} | {r.DonutHeldOut.F1:F3} | {r.GbdtHeldOut.F1:F3} | {r.Donut.F1:F3} | {r.Gbdt.F1:F3} |")));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | **{validation.DonutHeldOutF1:F4}** | **{validation.GbdtHeldOutF1:F4}** | {validation.DonutF1:F4} | {validation.GbdtF1:F4} |"));
        lines.Add("");
        lines.Add("| detector | thresholds | held-out F1 | in-sample F1 |");
        lines.Add("|---|---|---|---|");
        lines.AddRange(validation.Choices.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"| {c.Detector} | {(c.SharedThreshold ? $"one for all KPIs ({c.Threshold:G4})" : "one per KPI")} | {c.HeldOutF1:F4} | {c.InSampleF1:F4} |")));
        lines.Add($"submitted: {validation.Chosen}");
        return string.Join(Environment.NewLine, lines);
    }

    private static HashSet<string> Smallest(SeriesRows rows, int count) =>
        rows.Series.CountBy(s => s).OrderBy(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static SeriesRows Keep(SeriesRows rows, HashSet<string>? keep)
    {
        if (keep is null) return rows;
        var index = Enumerable.Range(0, rows.Count).Where(i => keep.Contains(rows.Series[i])).ToArray();
        return new SeriesRows(
            index.Select(i => rows.Series[i]).ToArray(), index.Select(i => rows.Timestamps[i]).ToArray(),
            index.Select(i => rows.Values[i]).ToArray(), rows.Labels is null ? null : index.Select(i => rows.Labels[i]).ToArray());
    }
}
