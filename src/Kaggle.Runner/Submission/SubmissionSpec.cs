namespace Kaggle.Runner.Submission;

/// <summary>
/// The shape of a competition's submission file: the key column(s) that identify a row (one id, or a composite key),
/// its target column(s), what they hold, and the domain the gatekeeper enforces (the allowed labels; whether values
/// must be strictly positive, as RMSLE needs).
/// </summary>
public sealed record SubmissionSpec(IReadOnlyList<string> KeyColumns, IReadOnlyList<string> TargetColumns, SubmissionKind Kind)
{
    /// <summary>For <see cref="SubmissionKind.Label"/>: the label text of each class index (class k is written as Labels[k]).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Refuse zero and negative values (for metrics on log scale such as RMSLE).</summary>
    public bool RequirePositive { get; init; }
}
