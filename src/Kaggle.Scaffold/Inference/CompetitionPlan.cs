using Kaggle.Runner;
using Kaggle.Runner.Submission;

namespace Kaggle.Scaffold.Inference;

/// <summary>
/// Everything the scaffold inferred about a competition, from which its project is written: the files, the keys and
/// the target, the task, labels, submission kind and metric, cross-validation, fast rows, and how each feature column
/// enters the baseline.
/// </summary>
public sealed record CompetitionPlan
{
    public required string Slug { get; init; }

    /// <summary>The project, namespace and class prefix: the slug in PascalCase (<c>house-prices</c> → <c>HousePrices</c>).</summary>
    public required string Name { get; init; }

    public required CompetitionFiles Files { get; init; }

    public required SubmissionLayout Layout { get; init; }

    public required TaskKind Task { get; init; }

    /// <summary>The class labels as they appear in the target column, class index order; empty for regression.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    public required SubmissionKind SubmissionKind { get; init; }

    public required string Metric { get; init; }

    /// <summary>Whether the metric is judged on ratios (rmsle): the baseline then fits the log of the target.</summary>
    public bool LogTarget => Metric == "rmsle";

    /// <summary>The training file's data rows.</summary>
    public required int TrainRows { get; init; }

    /// <summary>The <c>fast</c> section's every-k-th row (1: a fast run uses every row).</summary>
    public int FastEvery => TrainRows <= FastRows ? 1 : (TrainRows + FastRows - 1) / FastRows;

    /// <summary>About how many training rows a <c>--fast</c> run keeps: enough to exercise every stage in seconds.</summary>
    public const int FastRows = 2000;

    public required FeaturePlan Features { get; init; }
}

/// <summary>The training, test and sample submission file names, and every file the Download stage must deliver.</summary>
public sealed record CompetitionFiles(string Train, string Test, string? Sample, IReadOnlyList<string> All);

/// <summary>
/// The submission's key column(s) and prediction column (the training file's target), and whether the single key is
/// the test row's 1-based number rather than a column of the test file (digit-recognizer's ImageId).
/// </summary>
public sealed record SubmissionLayout(IReadOnlyList<string> Keys, string Target, bool IdIsRowNumber);
