namespace Kaggle.XGBoost;

/// <summary>
/// An error reported by the native XGBoost library (its <c>XGBGetLastError</c> text, or a warning this binding treats
/// as an error such as an unknown parameter), or the library itself could not be loaded.
/// </summary>
public sealed class XGBoostException : Exception
{
    public XGBoostException()
    {
    }

    public XGBoostException(string message)
        : base(message)
    {
    }

    public XGBoostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
