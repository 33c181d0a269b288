namespace Kaggle.Tuning.Space;

/// <summary>
/// The range of one hyper-parameter. Samplers work on an internal number: the value itself for floats and integers,
/// the choice's index for categories; <see cref="ToValue"/> and <see cref="ToInternal"/> convert.
/// </summary>
public interface IDistribution
{
    /// <summary>The canonical text of the range (<c>float[0.01, 0.3] log</c>), part of the study's fingerprint.</summary>
    string Describe();

    /// <summary>The value a learner sees (double, long or string) for an internal number.</summary>
    object ToValue(double internalValue);

    /// <summary>The internal number of a stored value; throws <see cref="ArgumentException"/> when it is outside the range.</summary>
    double ToInternal(object value);
}
