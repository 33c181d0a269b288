using System.Globalization;

namespace Kaggle.Tuning.Space;

/// <summary>A real number in [<paramref name="Low"/>, <paramref name="High"/>], sampled uniformly or, when <paramref name="Log"/>, uniformly in its logarithm.</summary>
public sealed record FloatDistribution(double Low, double High, bool Log = false) : IDistribution
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"float[{Low:R}, {High:R}]{(Log ? " log" : "")}");

    public object ToValue(double internalValue) => Math.Clamp(internalValue, Low, High);

    public double ToInternal(object value)
    {
        var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return x >= Low && x <= High ? x : throw new ArgumentException($"{x} is outside {Describe()}.", nameof(value));
    }
}
