namespace Kaggle.Runner.Submission;

/// <summary>Thrown when a submission fails the gatekeeper; <see cref="Problems"/> lists every problem found.</summary>
public sealed class SubmissionRejectedException : Exception
{
    public SubmissionRejectedException(string source, IReadOnlyList<string> problems)
        : base($"Submission {source} was refused:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems ?? [])}")
    {
        Problems = problems ?? [];
    }

    public SubmissionRejectedException()
    {
        Problems = [];
    }

    public SubmissionRejectedException(string message) : base(message)
    {
        Problems = [message];
    }

    public SubmissionRejectedException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
