namespace Kaggle.Core.Models.Targets;

/// <summary>
/// A target value that a <see cref="TargetTransform"/> cannot map to a finite number (a negative price under log1p). It carries
/// the value and its index in the y given to Fit, so a caller that knows where y came from (the runner: file, data row, column)
/// can say so; the message alone names the transform, the value and a way out.
/// </summary>
public sealed class TargetDomainException : ArgumentException
{
    public TargetDomainException()
    {
        Transform = "";
    }

    public TargetDomainException(string message)
        : base(message)
    {
        Transform = "";
    }

    public TargetDomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Transform = "";
    }

    /// <summary>The transform <paramref name="transform"/> maps target y[<paramref name="index"/>] = <paramref name="value"/> to a non-finite number.</summary>
    public TargetDomainException(string transform, int index, double value, double mapped)
        : base($"The {transform} target transform maps the target {value} (y[{index}]) to {mapped}: its values must lie in the "
            + $"transform's domain. Fix or drop that row, or choose a transform that accepts it (asinh takes any real number).")
    {
        Transform = transform;
        Index = index;
        Value = value;
    }

    /// <summary>The transform's name.</summary>
    public string Transform { get; }

    /// <summary>The index of the value in the y given to Fit (a fold's rows, under cross-validation).</summary>
    public int Index { get; }

    /// <summary>The target value outside the domain.</summary>
    public double Value { get; }
}
