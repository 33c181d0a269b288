using System.Globalization;
using System.Runtime.CompilerServices;

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

        ulong mantissa = 0;
        var significant = 0;
        var exponent = 0;
        var anyDigit = false;
        uint digit;
        while ((uint)i < (uint)s.Length && (digit = (uint)(s[i] - '0')) <= 9)
        {
            anyDigit = true;
            if (mantissa != 0 || digit != 0)
            {
                // 19 digits always fit a ulong; beyond that the runtime parser rounds correctly.
                if (++significant > 19) return false;
                mantissa = (mantissa * 10) + digit;
            }
            i++;
        }
        if ((uint)i < (uint)s.Length && s[i] == '.')
        {
            i++;
            while ((uint)i < (uint)s.Length && (digit = (uint)(s[i] - '0')) <= 9)
            {
                anyDigit = true;
                if (mantissa != 0 || digit != 0)
                {
                    if (++significant > 19) return false;
                    mantissa = (mantissa * 10) + digit;
                }
                exponent--;
                i++;
            }
        }
        if (!anyDigit) return false;

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
            while ((uint)i < (uint)s.Length && (digit = (uint)(s[i] - '0')) <= 9)
            {
                // Saturate: anything this large is outside the fast path anyway.
                if (written < 10000) written = (written * 10) + (int)digit;
                i++;
            }
            if (i == start) return false;
            exponent += negativeExponent ? -written : written;
        }
        if (i != s.Length) return false;

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
}
