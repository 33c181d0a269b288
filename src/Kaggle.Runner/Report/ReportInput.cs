using Kaggle.Core.Data;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Report;

/// <summary>
/// What the report is built from: the run's record, every recorded run of the competition (its history), the task and
/// class labels, and the run's prediction files (<c>oof.csv</c>: id, target, each model's out-of-fold predictions;
/// <c>test.csv</c>: each model's test predictions), null when absent.
/// </summary>
internal sealed record ReportInput(RunRecord Run, IReadOnlyList<RunRecord> History, TaskKind Task, IReadOnlyList<string> Labels)
{
    public Frame? OutOfFold { get; init; }

    public Frame? Test { get; init; }

    /// <summary>Reads the prediction files of the run folder (either may be missing).</summary>
    public static ReportInput Load(string runFolder, RunRecord run, IReadOnlyList<RunRecord> history, CompetitionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ReportInput(run, history, config.Task, config.Labels)
        {
            OutOfFold = Read(Path.Combine(runFolder, "oof.csv")),
            Test = Read(Path.Combine(runFolder, "test.csv")),
        };
    }

    /// <summary>The target of every training row, or null without oof.csv.</summary>
    public double[]? Target => OutOfFold is { } oof && oof.Contains("target") ? oof.Numeric("target").Values.ToArray() : null;

    /// <summary>
    /// A model's predictions in <paramref name="frame"/>: its one column (named as the model), or its columns
    /// <c>&lt;model&gt;_0</c>, <c>_1</c>… (one per class); null when the file has none of them.
    /// </summary>
    public static double[][]? Predictions(Frame? frame, string model)
    {
        if (frame is null) return null;
        if (frame.Contains(model)) return [frame.Numeric(model).Values.ToArray()];
        var columns = new List<double[]>();
        while (frame.Contains($"{model}_{columns.Count}")) columns.Add(frame.Numeric($"{model}_{columns.Count}").Values.ToArray());
        return columns.Count == 0 ? null : [.. columns];
    }

    private static Frame? Read(string path) => File.Exists(path) ? CsvReader.Read(path) : null;
}
