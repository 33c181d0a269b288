namespace Kaggle.LightGbm;

/// <summary>
/// An error reported by the native LightGBM library (its <c>LGBM_GetLastError</c> text, such as a bad parameter value),
/// or the library itself could not be loaded.
/// </summary>
public sealed class LightGbmException : Exception
{
    public LightGbmException()
    {
    }

    public LightGbmException(string message)
        : base(message)
    {
    }

    public LightGbmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
