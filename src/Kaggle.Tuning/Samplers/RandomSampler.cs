using Kaggle.Core;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Samplers;

/// <summary>Independent uniform draws (uniform in the logarithm for log ranges), seeded per trial and parameter.</summary>
public sealed class RandomSampler : ISampler
{
    public string Name => "random";

    public IReadOnlyDictionary<string, object> Sample(SearchSpace space, IReadOnlyList<TrialRecord> finished, bool maximize, long seed, int number)
    {
        ArgumentNullException.ThrowIfNull(space);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < space.Parameters.Count; i++)
        {
            var parameter = space.Parameters[i];
            if (!parameter.IsActive(values)) continue;
            var random = new SplitMix64(SplitMix64.Derive(seed, number, i));
            values[parameter.Name] = parameter.Distribution.ToValue(Draw(parameter.Distribution, ref random));
        }
        return values;
    }

    /// <summary>One uniform draw of the internal number of <paramref name="distribution"/>.</summary>
    internal static double Draw(IDistribution distribution, ref SplitMix64 random)
    {
        if (distribution is CategoricalDistribution c) return random.NextInt(c.Choices.Count);
        var bounds = Bounds.Of(distribution);
        return bounds.Untransform(bounds.Low + (random.NextDouble() * bounds.Width));
    }
}
