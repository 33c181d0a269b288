using System.Globalization;

namespace Kaggle.Tuning.Space;

/// <summary>An integer in [<paramref name="Low"/>, <paramref name="High"/>], sampled uniformly or, when <paramref name="Log"/>, uniformly in its logarithm.</summary>
public sealed record IntDistribution(long Low, long High, bool Log = false) : IDistribution
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"int[{Low}, {High}]{(Log ? " log" : "")}");

    public object ToValue(double internalValue) => Math.Clamp((long)Math.Round(internalValue, MidpointRounding.AwayFromZero), Low, High);

    public double ToInternal(object value)
    {
        var x = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return x >= Low && x <= High ? x : throw new ArgumentException($"{x} is outside {Describe()}.", nameof(value));
    }
}
