using Kaggle.Core;

namespace Kaggle.Autograd.Models.Donut;

/// <summary>
/// A <see cref="Random"/> whose sequence comes from <see cref="SplitMix64"/>, so weight initialisers that take a
/// Random (<see cref="Nn.Init"/>, <see cref="Nn.Linear"/>) draw a sequence fixed by its definition rather than by the
/// runtime's Random implementation.
/// </summary>
internal sealed class SplitMixRandom(long seed) : Random
{
    private SplitMix64 _random = new(seed);

    public override double NextDouble() => _random.NextDouble();

    public override int Next() => _random.NextInt(int.MaxValue);

    public override int Next(int maxValue) => maxValue <= 0 ? 0 : _random.NextInt(maxValue);

    public override int Next(int minValue, int maxValue) => minValue + Next(maxValue - minValue);

    public override float NextSingle() => (float)_random.NextDouble();

    protected override double Sample() => _random.NextDouble();
}
