namespace Kaggle.Core.Features;

/// <summary>What <see cref="OrdinalMap"/> does with a level its mapping lacks.</summary>
public enum UnknownLevel
{
    /// <summary>Throw, naming the column, the level and the known levels (the mapping is probably incomplete).</summary>
    Error,

    /// <summary>Encode it as NaN (missing), for learners that handle missing values.</summary>
    NaN,
}
