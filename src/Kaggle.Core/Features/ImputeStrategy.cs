namespace Kaggle.Core.Features;

/// <summary>How <see cref="SimpleImputer"/> chooses the value that replaces a missing one (sklearn's <c>strategy</c>).</summary>
public enum ImputeStrategy
{
    /// <summary>A fixed value: <see cref="SimpleImputer.FillValue"/> (numeric) or <see cref="SimpleImputer.FillLevel"/> (categorical).</summary>
    Constant,

    /// <summary>The mean of the observed training values (numeric only).</summary>
    Mean,

    /// <summary>The median of the observed training values (numeric only; the mean of the two middle values for an even count).</summary>
    Median,

    /// <summary>The most frequent observed training value; ties go to the smallest value (ordinal order for levels), as in sklearn.</summary>
    MostFrequent,
}
