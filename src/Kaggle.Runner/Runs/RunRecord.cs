using Kaggle.Core.Ensembles;

namespace Kaggle.Runner.Runs;

/// <summary>
/// Everything needed to know what made a submission and to reproduce it: code (git commit, dirty flag, source hash),
/// data (file hashes), parameters, seeds, folds, per-fold scores, library versions and durations.
/// Serialised as <c>submissions/&lt;slug&gt;/runs/&lt;run-id&gt;/run.json</c> (snake_case).
/// </summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    public required string Competition { get; init; }

    public required DateTime CreatedUtc { get; init; }

    /// <summary>Hash of data, code and parameters; a later Train with the same fingerprint reuses this run.</summary>
    public required string Fingerprint { get; init; }

    public required GitState Git { get; init; }

    public required string CodeHash { get; init; }

    public required IReadOnlyList<DataFileRecord> Data { get; init; }

    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public required IReadOnlyList<int> Seeds { get; init; }

    public required string FoldScheme { get; init; }

    public required IReadOnlyList<ModelRecord> Models { get; init; }

    /// <summary>The model whose test predictions were submitted (a member or an ensemble).</summary>
    public required string Final { get; init; }

    public required CvSummary Cv { get; init; }

    public required SubmissionFileRecord Submission { get; init; }

    public required IReadOnlyDictionary<string, string> Versions { get; init; }

    public required IReadOnlyDictionary<string, double> DurationsSeconds { get; init; }

    /// <summary>Free-form training logs (e.g. a network's per-epoch loss), keyed by model.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Logs { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per model, its feature importances (trees) or coefficients (linear models) over the fold fits; empty when none exposes them.</summary>
    public IReadOnlyDictionary<string, FeatureImportanceRecord> Importance { get; init; } = new Dictionary<string, FeatureImportanceRecord>();

    /// <summary>Per boosting model that watched a validation set, its validation metric per round (mean over fold fits).</summary>
    public IReadOnlyDictionary<string, LearningCurveRecord> Curves { get; init; } = new Dictionary<string, LearningCurveRecord>();

    /// <summary>The adversarial validation's result, or null when the experiment has none.</summary>
    public AdversarialRecord? Adversarial { get; init; }

    /// <summary>The public leaderboard score once Kaggle has scored an upload of this run.</summary>
    public double? PublicScore { get; init; }

    public IReadOnlyList<UploadRecord> Uploads { get; init; } = [];
}

/// <summary>The state of the working tree a run came from.</summary>
public sealed record GitState(string Commit, bool Dirty, string? Branch);

/// <summary>One input data file: name (relative to data/&lt;slug&gt;/), SHA-256 and size.</summary>
public sealed record DataFileRecord(string File, string Sha256, long Bytes);

/// <summary>Cross-validation of one model (or ensemble): parameters, fold scores and cost.</summary>
public sealed record ModelRecord(string Name, string Parameters, CvSummary Cv, double Seconds)
{
    /// <summary>For an ensemble: what it is and what it fitted (weights, meta-model), as data; null for a model.</summary>
    public EnsembleParameters? Ensemble { get; init; }
}

/// <summary>
/// A cross-validation summary: the metric, mean and population std of the fold scores, the score of the
/// out-of-fold predictions taken together, and every fold's score; with several seeds (repeats), the mean score of
/// each seed and their population std (how much the estimate moves with the seed).
/// </summary>
public sealed record CvSummary(string Metric, bool HigherIsBetter, double Mean, double Std, double OofScore, IReadOnlyList<FoldScore> Folds)
{
    /// <summary>Per seed (repeat), the mean of its fold scores; empty in records written before it existed.</summary>
    public IReadOnlyList<double> SeedMeans { get; init; } = [];

    /// <summary>Population std of <see cref="SeedMeans"/> (0 for one seed).</summary>
    public double SeedStd { get; init; }

    /// <summary>The decision threshold a post-processor chose and applied to the test predictions; null when none.</summary>
    public double? Threshold { get; init; }
}

/// <summary>One fold of one repeat.</summary>
public sealed record FoldScore(int Repeat, int Seed, int Fold, double Score, double Seconds);

/// <summary>The submission file a run wrote: path relative to the repository root, SHA-256 and row count.</summary>
public sealed record SubmissionFileRecord(string Path, string Sha256, int Rows);

/// <summary>One upload of the run's submission to Kaggle.</summary>
public sealed record UploadRecord(DateTime UploadedUtc, long Reference, string Status, double? PublicScore, string Message)
{
    /// <summary>
    /// SHA-256 of the uploaded file, so Submit can refuse to spend quota on a file already uploaded; null in records
    /// written before it existed (their upload was the run's own submission, <see cref="RunRecord.Submission"/>).
    /// </summary>
    public string? Sha256 { get; init; }
}
