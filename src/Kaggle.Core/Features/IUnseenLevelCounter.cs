using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// A fitted encoder that can say how many rows of a frame hold categories its training rows never had, so a run log
/// can report "categories only in test" (they are handled, never an error, but worth knowing).
/// </summary>
public interface IUnseenLevelCounter
{
    /// <summary>
    /// Per encoded column, the number of rows of <paramref name="frame"/> whose level did not occur in the training
    /// rows (missing values are not counted). Columns without such rows are left out.
    /// </summary>
    IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame);
}
