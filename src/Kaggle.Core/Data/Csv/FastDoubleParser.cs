using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kaggle.Core.Data;

/// <summary>
/// Parses invariant-culture decimal numbers straight from UTF-8 bytes, bit for bit as <see cref="double.Parse(string, IFormatProvider)"/>
/// with <see cref="NumberStyles.Float"/> does.
/// </summary>
/// <remarks>
/// The fast path is Clinger's: when the significant digits form an integer w ≤ 2^53 and the decimal exponent e has |e| ≤ 22,
/// both w and 10^|e| are exact doubles, so one IEEE multiply or divide gives the correctly rounded result
/// (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990). Everything else (more than 19 significant digits,
/// large exponents, white space, "Infinity", "NaN") goes to the runtime's parser, so the result is always the correctly rounded one.
/// </remarks>
internal static class FastDoubleParser
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses the whole of <paramref name="utf8"/>; false when it is not a number (the empty span is not).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        if (TryParseFast(utf8, out value)) return true;
        return double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Parses <paramref name="length"/> bytes at <paramref name="start"/> of <paramref name="buffer"/>, using the vector path when
    /// the buffer holds 17 bytes from <paramref name="start"/> (it reads past the field, never past the array).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse(byte[] buffer, int start, int length, out double value)
    {
        if (start + PaddedBytes <= buffer.Length && TryParseShort(buffer.AsSpan(start, PaddedBytes), length, out value)) return true;
        return TryParse(buffer.AsSpan(start, length), out value);
    }

    /// <summary>Readable bytes <see cref="TryParseShort"/> needs from the start of the field: a sign and 16 characters.</summary>
    internal const int PaddedBytes = 17;

    /// <summary>
    /// The vector path for [sign] digits [. digits] with at most 16 characters after the sign (almost every value in a data file):
    /// one compare finds the dot and checks the digits, one byte shuffle drops the dot and right-aligns the digits in 16 lanes
    /// (zeros in front), and two SWAR steps turn them into the integer mantissa; the result is then exact as in Clinger's path
    /// (mantissa ≤ 2^53, at most 16 fraction digits). False means "not handled here". <paramref name="padded"/> holds the field
    /// followed by any bytes, <see cref="PaddedBytes"/> in all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseShort(ReadOnlySpan<byte> padded, int length, out double value)
    {
        value = 0;
        if (!Ssse3.IsSupported || padded.Length < PaddedBytes || length <= 0) return false;
        ref var first = ref MemoryMarshal.GetReference(padded);
        // Branch-free sign: half of all values in a centred feature are negative, so a branch here mispredicts half the time.
        var negative = first == '-';
        var sign = Unsafe.BitCast<bool, byte>(negative | (first == '+'));
        var n = length - sign;
        if ((uint)(n - 1) > 15) return false;

        var raw = Vector128.LoadUnsafe(ref first, (nuint)sign);
        var within = (1u << n) - 1;
        var dots = Vector128.Equals(raw, Vector128.Create((byte)'.')).ExtractMostSignificantBits() & within;
        var digits = raw - Vector128.Create((byte)'0');
        var nonDigits = Vector128.GreaterThan(digits, Vector128.Create((byte)9)).ExtractMostSignificantBits() & within & ~dots;
        if ((nonDigits | (dots & (dots - 1))) != 0) return false; // a letter, sign, space or second dot: not this path

        var integerDigits = dots == 0 ? n : BitOperations.TrailingZeroCount(dots);
        var count = dots == 0 ? n : n - 1;
        if (count == 0) return false;
        // Lane j takes input byte j - (16 - count), one further once past the dot; negative indices select zero.
        var source = Vector128.Create((sbyte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) - Vector128.Create((sbyte)(16 - count));
        source -= Vector128.GreaterThan(source, Vector128.Create((sbyte)(integerDigits - 1)));
        var aligned = Ssse3.Shuffle(digits, source.AsByte()).AsUInt64();
        var mantissa = (CombineEightDigits(aligned.GetElement(0)) * 100_000_000) + CombineEightDigits(aligned.GetElement(1));
        if (mantissa > MaxExactMantissa) return false;

        var result = mantissa / s_powersOfTen[count - integerDigits];
        value = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(result) | ((long)Unsafe.BitCast<bool, byte>(negative) << 63));
        return true;
    }

    /// <summary>The fast path alone: false means "not handled here", not "not a number".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseFast(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if ((uint)i < (uint)s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        // Every digit goes into the mantissa, leading zeros included (they add nothing); more than 19 digits may have
        // wrapped around, and then the runtime parser takes over.
        ulong mantissa = 0;
        var integerStart = i;
        i = ParseDigits(s, i, ref mantissa);
        var digits = i - integerStart;
        var exponent = 0;
        if ((uint)i < (uint)s.Length && s[i] == '.')
        {
            var fractionStart = ++i;
            i = ParseDigits(s, i, ref mantissa);
            exponent = fractionStart - i;
            digits -= exponent;
        }
        if (digits == 0) return false;

        if ((uint)i < (uint)s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            var negativeExponent = false;
            if ((uint)i < (uint)s.Length && (s[i] == '-' || s[i] == '+'))
            {
                negativeExponent = s[i] == '-';
                i++;
            }
            var start = i;
            var written = 0;
            uint digit;
            while ((uint)i < (uint)s.Length && (digit = (uint)(s[i] - '0')) <= 9)
            {
                // Saturate: anything this large is outside the fast path anyway.
                if (written < 10000) written = (written * 10) + (int)digit;
                i++;
            }
            if (i == start) return false;
            exponent += negativeExponent ? -written : written;
        }
        if (i != s.Length || digits > 19) return false;

        if (mantissa == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        if (mantissa > MaxExactMantissa || exponent < -22 || exponent > 22) return false;

        var result = (double)mantissa;
        result = exponent < 0 ? result / s_powersOfTen[-exponent] : result * s_powersOfTen[exponent];
        value = negative ? -result : result;
        return true;
    }

    /// <summary>Appends the run of decimal digits at <paramref name="i"/> to <paramref name="mantissa"/>; returns the index after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ParseDigits(ReadOnlySpan<byte> s, int i, ref ulong mantissa)
    {
        if (BitConverter.IsLittleEndian)
        {
            while (i + 8 <= s.Length)
            {
                var chunk = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(s), i));
                if (!IsEightDigits(chunk)) break;
                mantissa = (mantissa * 100_000_000) + ParseEightDigits(chunk);
                i += 8;
            }
        }
        uint digit;
        while ((uint)i < (uint)s.Length && (digit = (uint)(s[i] - '0')) <= 9)
        {
            mantissa = (mantissa * 10) + digit;
            i++;
        }
        return i;
    }

    /// <summary>Whether all eight bytes (little-endian) are '0'..'9': each high nibble is 3, and stays 3 after adding 6.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsEightDigits(ulong chunk) =>
        ((chunk & 0xF0F0F0F0F0F0F0F0) | (((chunk + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) >> 4)) == 0x3333333333333333;

    /// <summary>
    /// The value of eight ASCII digits (first digit in the lowest byte) with three multiplies: adjacent digits are merged into
    /// two-digit pairs, then the four pairs are weighted by 10^6, 10^4, 10^2, 1 in the high half of one 64-bit product.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ParseEightDigits(ulong chunk) => CombineEightDigits(chunk - 0x3030303030303030);

    /// <summary><see cref="ParseEightDigits"/> for bytes that already hold digit values 0..9.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CombineEightDigits(ulong chunk)
    {
        chunk = (chunk * 10) + (chunk >> 8);
        const ulong Mask = 0x000000FF000000FF;
        const ulong HighPairs = 100 + (1_000_000UL << 32);
        const ulong LowPairs = 1 + (10_000UL << 32);
        return (((chunk & Mask) * HighPairs) + (((chunk >> 16) & Mask) * LowPairs)) >> 32;
    }
}
