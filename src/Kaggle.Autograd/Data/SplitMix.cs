namespace Kaggle.Autograd.Data;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator whose streams are keyed by a mixed seed, so each
/// image of each epoch gets its own reproducible randomness no matter which thread handles it.
/// </summary>
internal struct SplitMix(ulong state)
{
    private ulong _state = state;

    /// <summary>A seed for stream (<paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>), decorrelated by mixing.</summary>
    public static ulong Key(long a, long b = 0, long c = 0)
    {
        var mix = new SplitMix((ulong)a);
        var key = mix.Next() ^ (ulong)b;
        mix = new SplitMix(key);
        key = mix.Next() ^ (ulong)c;
        return new SplitMix(key).Next();
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>U[0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>U[−1, 1).</summary>
    public double NextSigned() => (2 * NextDouble()) - 1;

    /// <summary>An integer in [0, bound).</summary>
    public int Next(int bound) => (int)((Next() >> 33) % (ulong)bound);
}
