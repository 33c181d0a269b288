namespace Kaggle.Tuning.Storage;

/// <summary>The study storage could not be opened or used; the message names it with the password redacted.</summary>
public sealed class TuningStorageException : Exception
{
    public TuningStorageException() { }

    public TuningStorageException(string message) : base(message) { }

    public TuningStorageException(string message, Exception inner) : base(message, inner) { }
}
