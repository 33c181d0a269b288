namespace Kaggle.Tuning.Space;

/// <summary>One of a fixed list of choices (as text), sampled uniformly; internally the choice's index.</summary>
public sealed record CategoricalDistribution(IReadOnlyList<string> Choices) : IDistribution
{
    public string Describe() => $"categorical[{string.Join(", ", Choices)}]";

    public object ToValue(double internalValue) => Choices[(int)internalValue];

    public double ToInternal(object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Choices.Count; i++)
            if (string.Equals(Choices[i], text, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"'{text}' is not one of {Describe()}.", nameof(value));
    }
}
