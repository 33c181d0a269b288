namespace Kaggle.Core;

/// <summary>
/// The project's one random generator (Steele, Lea and Flood's SplitMix64, https://prng.di.unimi.it/splitmix64.c):
/// tiny, fast and seedable, with a sequence fixed by its definition rather than by a runtime's <see cref="Random"/>
/// implementation, so folds, trees, encoders and network weights stay reproducible across .NET versions. Every fitted
/// path draws from it; none uses <see cref="Random"/>. Not thread-safe and a mutable struct: pass it by <c>ref</c>,
/// and give each tree, worker, layer or fold its own, seeded with <see cref="Derive(long, long)"/>.
/// </summary>
public struct SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SplitMix64(long seed) => _state = unchecked((ulong)seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state = unchecked(_state + Golden);
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire's method).</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var product = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0 - bound) % bound;
            while (low < threshold)
                product = Math.BigMul(NextUInt64(), bound, out low);
        }
        return (int)product;
    }

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>
    /// A well-mixed seed for stream <paramref name="index"/> of <paramref name="seed"/> (per tree, per worker, per layer):
    /// neighbouring seeds and neighbouring indices give unrelated streams.
    /// </summary>
    public static long Derive(long seed, long index)
    {
        var z = Mix(unchecked((ulong)seed) ^ 0x5851F42D4C957F2DUL);
        return unchecked((long)Mix(z + ((ulong)index * Golden) + 0x632BE59BD9B4E019UL));
    }

    /// <summary>A seed for the stream keyed by (<paramref name="seed"/>, <paramref name="a"/>, <paramref name="b"/>), e.g. (seed, epoch, row).</summary>
    public static long Derive(long seed, long a, long b) => Derive(Derive(seed, a), b);

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
