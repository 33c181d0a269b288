namespace Kaggle.Core.Runner;

/// <summary>An expected failure of a stage (missing data, a refused submission): printed as one clear message, no stack trace.</summary>
public sealed class StageException : Exception
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
