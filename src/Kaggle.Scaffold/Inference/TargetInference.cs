using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Runner;
using Kaggle.Runner.Submission;

namespace Kaggle.Scaffold.Inference;

/// <summary>What the target is (task, labels), what the submission holds (labels, probabilities or values), and the default metric.</summary>
public sealed record TargetInference(TaskKind Task, IReadOnlyList<string> Labels, SubmissionKind SubmissionKind, string Metric)
{
    /// <summary>
    /// An integer target with at most this many distinct values (and no fractional value in the sample submission) is
    /// classes, not a quantity: digits 0–9 are classes, prices and counts in the hundreds are quantities.
    /// </summary>
    public const int MaxClasses = 20;

    /// <summary>
    /// A positive target skewed beyond this (sample skewness) is judged on ratios (rmsle): prices, sales and counts
    /// spread over orders of magnitude, where an error of 10,000 matters on a cheap house and not on a mansion.
    /// </summary>
    public const double RatioSkewness = 1;

    /// <summary>
    /// Infers from the training file's <paramref name="target"/> column and the sample submission's prediction values
    /// (<paramref name="sampleValues"/>, null without one). <paramref name="metric"/> overrides the default and decides
    /// the submission kind (auc, logloss: probabilities; accuracy, f1: labels).
    /// </summary>
    public static TargetInference Infer(Column target, IReadOnlyList<string?>? sampleValues, string? metric, string trainFile)
    {
        ArgumentNullException.ThrowIfNull(target);
        var missing = target.MissingCount();
        if (missing > 0)
            throw new ScaffoldException(
                $"{trainFile}: the target '{target.Name}' is missing in {missing} of {target.Length} rows; remove those rows or choose another column with --target-column.");
        var task = TaskOf(target, sampleValues);
        var labels = task == TaskKind.Regression ? [] : LabelsOf(target);
        if (metric is not null) return Overridden(task, labels, metric);
        var probabilities = task != TaskKind.Regression && sampleValues is not null && IsProbabilities(sampleValues, labels);
        return task switch
        {
            TaskKind.Regression => new(task, labels, SubmissionKind.Value, RatioScale((NumericColumn)target) ? "rmsle" : "rmse"),
            // Probabilities in one column only fit a binary task; a multiclass submission of one column holds labels.
            TaskKind.Binary when probabilities => new(task, labels, SubmissionKind.Probability, "auc"),
            _ => new(task, labels, SubmissionKind.Label, "accuracy"),
        };
    }

    private static TaskKind TaskOf(Column target, IReadOnlyList<string?>? sampleValues)
    {
        if (target is not NumericColumn numeric)
            return Distinct(target).Count == 2 ? TaskKind.Binary : TaskKind.Multiclass;
        var values = numeric.Values.ToArray().Distinct().ToArray();
        if (values.Length == 2) return TaskKind.Binary;
        var integers = values.All(v => v == Math.Round(v));
        var fractionalSample = sampleValues?.Any(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x != Math.Round(x)) ?? false;
        return integers && values.Length <= MaxClasses && !fractionalSample ? TaskKind.Multiclass : TaskKind.Regression;
    }

    /// <summary>The distinct values as the runner formats them, in numeric order when they are numbers, else ordinal.</summary>
    private static List<string> LabelsOf(Column target)
    {
        var labels = Distinct(target);
        return target is NumericColumn
            ? [.. labels.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture))]
            : [.. labels.Order(StringComparer.Ordinal)];
    }

    private static List<string> Distinct(Column target) =>
        [.. Enumerable.Range(0, target.Length).Select(i => target.Format(i)!).Distinct(StringComparer.Ordinal)];

    /// <summary>Sample values that are not the labels but numbers in [0, 1]: Kaggle scores probabilities (e.g. 0.5 everywhere).</summary>
    private static bool IsProbabilities(IReadOnlyList<string?> values, IReadOnlyList<string> labels) =>
        values.Count > 0
        && !values.All(v => v is not null && labels.Contains(v))
        && values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1);

    private static bool RatioScale(NumericColumn target)
    {
        var y = target.Values;
        if (y.Length < 3) return false;
        var mean = 0.0;
        foreach (var v in y)
        {
            if (v <= 0) return false;
            mean += v / y.Length;
        }
        double m2 = 0, m3 = 0;
        foreach (var v in y)
        {
            var d = v - mean;
            m2 += d * d / y.Length;
            m3 += d * d * d / y.Length;
        }
        return m2 > 0 && m3 / Math.Pow(m2, 1.5) > RatioSkewness;
    }

    private static TargetInference Overridden(TaskKind task, IReadOnlyList<string> labels, string name)
    {
        string canonical;
        try
        {
            canonical = Core.Metrics.Metric.FromName(name).Name;
        }
        catch (ArgumentException e)
        {
            throw new ScaffoldException($"--metric={name}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
        var kind = canonical switch
        {
            "auc" or "logloss" when task == TaskKind.Binary => SubmissionKind.Probability,
            "accuracy" when task != TaskKind.Regression => SubmissionKind.Label,
            "f1" when task == TaskKind.Binary => SubmissionKind.Label,
            "rmse" or "rmsle" or "mae" when task == TaskKind.Regression => SubmissionKind.Value,
            _ => throw new ScaffoldException(
                $"--metric={name} does not fit a {task.ToString().ToLowerInvariant()} target ({(task == TaskKind.Regression ? "use rmse, rmsle or mae" : task == TaskKind.Binary ? "use accuracy, f1, auc or logloss" : "use accuracy")})."),
        };
        return new(task, labels, kind, canonical);
    }
}
