namespace Kaggle.Runner;

/// <summary>An expected failure of a stage (missing data, a refused submission): printed as one clear message, no stack trace.</summary>
public class StageException : Exception
{
    public StageException()
    {
    }

    public StageException(string message) : base(message)
    {
    }

    public StageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// An upload that Kaggle accepted and then could not score (status ERROR): the stage fails, and the Submit stage
/// records <see cref="Receipt"/> in the run record first, so the run's uploads list what really reached Kaggle.
/// </summary>
public sealed class SubmissionFailedException : StageException
{
    public SubmissionFailedException(string message, SubmissionReceipt receipt, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        ArgumentNullException.ThrowIfNull(receipt);
        Receipt = receipt;
    }

    /// <summary>The submission Kaggle created, with status ERROR and Kaggle's reason as its message.</summary>
    public SubmissionReceipt Receipt { get; }
}
