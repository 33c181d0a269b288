using System.Text.Json;
using System.Text.Json.Serialization;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner;

/// <summary>
/// A competition's <c>competition.json</c>: what the data files are called, what is predicted and how it is scored,
/// how cross-validation splits the rows, and the default seed. Everything else (features, models) is C#.
/// </summary>
public sealed record CompetitionConfig
{
    public required string Slug { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The metric's name (accuracy, logloss, auc, f1, rmse, rmsle, mae).</summary>
    public required string Metric { get; init; }

    public required TaskKind Task { get; init; }

    /// <summary>The id column of the test file and the submission (the older form of <see cref="Submission"/>'s keys).</summary>
    public string? Id { get; init; }

    /// <summary>
    /// True when the training and test files have no id column and a row's id is its 1-based row number, as in
    /// digit-recognizer (whose submission's ImageId counts the test rows). The sample submission still has the column.
    /// </summary>
    public bool IdIsRowNumber { get; init; }

    /// <summary>The target column of the training file.</summary>
    public required string Target { get; init; }

    public string Train { get; init; } = "train.csv";

    public string Test { get; init; } = "test.csv";

    /// <summary>The sample submission (the older form of <see cref="Submission"/>'s sample; unused when that is given).</summary>
    public string SampleSubmission { get; init; } = "sample_submission.csv";

    /// <summary>The submission's key and prediction columns and its optional sample file; null for the older id form.</summary>
    public SubmissionConfig? Submission { get; init; }

    /// <summary>Which training rows a <c>--fast</c> run uses (null: all of them).</summary>
    public FastConfig? Fast { get; init; }

    /// <summary>The column(s) that key a row of the test file and the submission.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Keys => Submission?.Keys ?? (Id is null ? [] : [Id]);

    /// <summary>The sample submission file, or <see langword="null"/> when the submission's keys come from the test file.</summary>
    [JsonIgnore]
    public string? SampleFile => Submission is null ? SampleSubmission : Submission.Sample;

    /// <summary>Every file the Download stage must deliver (Kaggle's names, uncompressed).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The class labels as they appear in the target column and the submission, class index order.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    public SubmissionKind SubmissionKind { get; init; } = SubmissionKind.Value;

    public CvConfig Cv { get; init; } = new();

    public int Seed { get; init; } = 42;

    /// <summary>The submission layout the gatekeeper enforces, given the expected header (keys, then predictions).</summary>
    public SubmissionSpec SubmissionSpec(IReadOnlyList<string> templateColumns)
    {
        ArgumentNullException.ThrowIfNull(templateColumns);
        var targets = templateColumns.Where(c => !Keys.Contains(c)).ToArray();
        return new SubmissionSpec(Keys, targets, SubmissionKind)
        {
            Labels = Labels,
            RequirePositive = Metric == "rmsle",
        };
    }

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads and checks a competition.json; errors name the file and the problem.</summary>
    public static CompetitionConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Competition config {path} does not exist.", path);
        CompetitionConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<CompetitionConfig>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        if (config is null) throw new InvalidDataException($"{path} is empty.");
        if (config.Task != TaskKind.Regression && config.Labels.Count < 2)
            throw new InvalidDataException($"{path}: a {config.Task} competition needs \"labels\" (at least two class labels).");
        if (config.Keys.Count == 0)
            throw new InvalidDataException($"{path}: give \"id\" (the id column) or \"submission\": {{\"keys\": [...], \"columns\": [...]}}.");
        if (config.Submission is { } submission && submission.Columns.Count == 0)
            throw new InvalidDataException($"{path}: submission.columns is empty; name the prediction column(s).");
        if (config.IdIsRowNumber && config.Keys.Count != 1)
            throw new InvalidDataException($"{path}: idIsRowNumber needs exactly one key column, not {config.Keys.Count}.");
        if (config.Fast is { } fast && (fast.Every < 1 || fast.Rows is < 1))
            throw new InvalidDataException($"{path}: fast.every and fast.rows must be at least 1.");
        if (config.Cv.Folds < 2)
            throw new InvalidDataException($"{path}: cv.folds is {config.Cv.Folds}; at least 2 are needed.");
        if (config.Cv.Scheme == "adversarial" && config.Cv.Holdout is not (> 0 and < 1))
            throw new InvalidDataException($"{path}: cv.holdout is {config.Cv.Holdout}; the adversarial scheme holds out a share above 0 and below 1 of the training rows.");
        return config;
    }
}

/// <summary>What the target is.</summary>
public enum TaskKind
{
    Regression,
    Binary,
    Multiclass,
}

/// <summary>
/// How rows are split: scheme (kfold, stratified, group, timeseries, or adversarial: validate on the training rows
/// most like the test rows), fold count, repeats, the group column, and the adversarial scheme's hold-out share.
/// </summary>
public sealed record CvConfig
{
    public string Scheme { get; init; } = "kfold";

    public int Folds { get; init; } = 5;

    public int Repeats { get; init; } = 1;

    /// <summary>The column whose values form the groups of a <c>group</c> scheme.</summary>
    public string? Groups { get; init; }

    /// <summary>
    /// For the <c>adversarial</c> scheme: the share of training rows, the most test-like by the experiment's adversarial
    /// classifier (cross-validated with <see cref="Folds"/> folds on the features only), held out as the one validation set. Default 0.2.
    /// </summary>
    public double Holdout { get; init; } = 0.2;
}
