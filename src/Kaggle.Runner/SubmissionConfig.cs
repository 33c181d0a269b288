namespace Kaggle.Runner;

/// <summary>
/// The <c>submission</c> section of competition.json: the key column(s) that identify a row (one id, or a composite
/// key such as <c>KPI ID</c> + <c>timestamp</c>), the prediction column(s), and the sample submission file, which is
/// optional: without one, the submission has the test file's keys in the test file's order. Older files give
/// <c>id</c> and <c>sampleSubmission</c> instead; both forms are checked the same way.
/// </summary>
public sealed record SubmissionConfig
{
    /// <summary>The key column(s), in the submission's column order, present in the test file (and the sample).</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>The prediction column(s), after the keys.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The sample submission's file name, or <see langword="null"/> when the competition has none.</summary>
    public string? Sample { get; init; }
}
