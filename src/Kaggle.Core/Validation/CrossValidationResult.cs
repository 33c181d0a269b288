using Kaggle.Core.Data;

namespace Kaggle.Core.Validation;

/// <summary>
/// What cross-validating one model produced: out-of-fold predictions for the training rows (averaged over repeats;
/// NaN for rows no fold validated), test predictions averaged over every fold of every repeat (or over the refits on
/// all rows, one per repeat, with <see cref="ModelSpec.Refit"/>), per-fold scores,
/// and the fold assignment of each repeat (so the run record can say exactly how rows were split).
/// </summary>
public sealed record CrossValidationResult
{
    public required string Model { get; init; }

    public required string Metric { get; init; }

    public required bool HigherIsBetter { get; init; }

    /// <summary>Rows × outputs (1 for regression and binary, K for multiclass).</summary>
    public required Matrix OutOfFold { get; init; }

    /// <summary>
    /// Per repeat, that repeat's out-of-fold predictions alone (NaN for rows it never validated); empty when not
    /// kept. Ensembles score themselves repeat by repeat on these, so each repeat stays an independent estimate.
    /// </summary>
    public IReadOnlyList<Matrix> OutOfFoldByRepeat { get; init; } = [];

    /// <summary>Test rows × outputs, or <see langword="null"/> when no test frame was given.</summary>
    public Matrix? Test { get; init; }

    public required IReadOnlyList<FoldResult> Folds { get; init; }

    /// <summary>
    /// True when <see cref="Test"/> comes from fits on all training rows (<see cref="ModelSpec.Refit"/>), false when it
    /// averages the fold models.
    /// </summary>
    public bool Refit { get; init; }

    /// <summary>Seconds spent on the refits on all training rows (0 without <see cref="ModelSpec.Refit"/>).</summary>
    public double RefitSeconds { get; init; }

    /// <summary>Per repeat, the validation fold of every training row (-1: never validated).</summary>
    public required IReadOnlyList<int[]> Assignments { get; init; }

    /// <summary>The metric on the (repeat-averaged) out-of-fold predictions of every validated row.</summary>
    public required double OutOfFoldScore { get; init; }

    /// <summary>The learner's hyper-parameters, as text.</summary>
    public string Parameters { get; init; } = "";

    /// <summary>
    /// The probability threshold a post-processor (e.g. <c>DecisionThreshold</c>) chose for binary labels and applied to
    /// <see cref="Test"/>, or <see langword="null"/> when the usual 0.5 applies.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>Mean of the fold scores over all folds and repeats.</summary>
    public double Mean => Folds.Average(f => f.Score);

    /// <summary>Population standard deviation of the fold scores (numpy's default), 0 for one fold.</summary>
    public double Std
    {
        get
        {
            var mean = Mean;
            return Math.Sqrt(Folds.Average(f => (f.Score - mean) * (f.Score - mean)));
        }
    }

    /// <summary>Per repeat (seed), the mean of its fold scores, in repeat order.</summary>
    public IReadOnlyList<double> SeedMeans =>
        [.. Folds.GroupBy(f => f.Repeat).OrderBy(g => g.Key).Select(g => g.Average(f => f.Score))];

    /// <summary>
    /// Population standard deviation of <see cref="SeedMeans"/>: how much the CV estimate moves with the seed that
    /// splits the rows and seeds the learners (0 for one repeat), as opposed to <see cref="Std"/> over single folds.
    /// </summary>
    public double SeedStd
    {
        get
        {
            var means = SeedMeans;
            var mean = means.Average();
            return Math.Sqrt(means.Average(m => (m - mean) * (m - mean)));
        }
    }

    /// <summary>This repeat's out-of-fold predictions: <see cref="OutOfFoldByRepeat"/> when kept, else the repeat average.</summary>
    public Matrix OutOfFoldOfRepeat(int repeat) =>
        repeat < OutOfFoldByRepeat.Count ? OutOfFoldByRepeat[repeat] : OutOfFold;

    public double Seconds => Folds.Sum(f => f.Seconds);
}
