using System.Buffers.Binary;
using System.Numerics;

namespace Kaggle.Core.Features.Text;

/// <summary>
/// MurmurHash3, x86 32-bit variant (https://en.wikipedia.org/wiki/MurmurHash), over bytes: the same value on every
/// machine and run (unlike <see cref="string.GetHashCode()"/>, randomised per process). scikit-learn's
/// <c>murmurhash3_32</c> computes the same function.
/// </summary>
internal static class MurmurHash3
{
    private const uint C1 = 0xcc9e2d51;
    private const uint C2 = 0x1b873593;

    public static uint Hash32(ReadOnlySpan<byte> data, uint seed = 0)
    {
        var h = seed;
        var blocks = data.Length / 4;
        for (var b = 0; b < blocks; b++)
        {
            h ^= Mix(BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(b * 4, 4)));
            h = (BitOperations.RotateLeft(h, 13) * 5) + 0xe6546b64;
        }
        var tail = data[(blocks * 4)..];
        uint k = 0;
        for (var t = tail.Length - 1; t >= 0; t--) k = (k << 8) | tail[t];
        if (tail.Length > 0) h ^= Mix(k);
        h ^= (uint)data.Length;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >> 16);
    }

    private static uint Mix(uint k) => BitOperations.RotateLeft(k * C1, 15) * C2;
}
