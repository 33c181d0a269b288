namespace Kaggle.Tuning.Studies;

/// <summary>
/// A worker declared a study differently from how it is stored (another search space, direction, sampler or seed).
/// The message names the study and shows both versions, so the user can rename the study or fix the code.
/// </summary>
public sealed class SearchSpaceMismatchException : Exception
{
    public SearchSpaceMismatchException() { }

    public SearchSpaceMismatchException(string message) : base(message) { }

    public SearchSpaceMismatchException(string message, Exception inner) : base(message, inner) { }
}
