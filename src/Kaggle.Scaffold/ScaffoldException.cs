namespace Kaggle.Scaffold;

/// <summary>A user's mistake or situation (a missing file, an unknown column, a taken slug): printed as one message, no stack trace.</summary>
public sealed class ScaffoldException : Exception
{
    public ScaffoldException()
    {
    }

    public ScaffoldException(string message) : base(message)
    {
    }

    public ScaffoldException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
