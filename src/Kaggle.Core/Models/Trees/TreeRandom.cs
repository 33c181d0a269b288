namespace Kaggle.Core.Models.Trees;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast generator whose stream is fixed by its seed forever,
/// unlike <see cref="Random"/> whose algorithm may change between runtimes. Per-tree and per-worker seeds are
/// derived with <see cref="Derive"/>, so no generator is ever shared between threads.
/// </summary>
internal struct TreeRandom
{
    private ulong _state;

    public TreeRandom(ulong seed) => _state = seed;

    /// <summary>A well-mixed seed for stream <paramref name="index"/> of the generator seeded with <paramref name="seed"/>.</summary>
    public static ulong Derive(long seed, long index)
    {
        var z = Mix((ulong)seed ^ 0x5851F42D4C957F2DUL);
        return Mix(z + ((ulong)index * 0x9E3779B97F4A7C15UL) + 0x632BE59BD9B4E019UL);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) by multiply-shift (bias below 2^-32, irrelevant here).</summary>
    public int NextInt(int bound) => (int)(((NextUInt64() >> 32) * (ulong)bound) >> 32);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
