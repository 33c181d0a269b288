using System.Globalization;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class FastDoubleParserTests
{
    /// <summary>Random decimal strings of the shapes data files hold, including ones at and beyond the fast path's limits.</summary>
    private static IEnumerable<string> RandomNumbers(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            if (random.Next(3) == 0) text.Append(random.Next(2) == 0 ? '-' : '+');
            var intDigits = random.Next(0, 21);
            for (var d = 0; d < intDigits; d++) text.Append((char)('0' + random.Next(10)));
            if (random.Next(3) > 0)
            {
                text.Append('.');
                var fracDigits = random.Next(0, 21);
                for (var d = 0; d < fracDigits; d++) text.Append((char)('0' + random.Next(10)));
            }
            if (random.Next(4) == 0) text.Append(random.Next(2) == 0 ? 'e' : 'E').Append(random.Next(-330, 330));
            yield return text.ToString();
        }
    }

    [Fact]
    public void TryParse_RandomStrings_BitwiseEqualToDoubleParse()
    {
        var random = new Random(13);
        var fastPathHits = 0;
        var vectorPathHits = 0;
        foreach (var text in RandomNumbers(200_000, seed: 11).Concat(RandomDoublesRoundTripped(50_000, seed: 12)))
        {
            var expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            var bytes = Encoding.ASCII.GetBytes(text);
            // The vector path reads past the field: put the field in a larger buffer followed by digits, dots and signs.
            var padded = new byte[bytes.Length + FastDoubleParser.PaddedBytes];
            for (var i = 0; i < padded.Length; i++) padded[i] = "0123456789.-e,"u8[random.Next(14)];
            bytes.CopyTo(padded, 0);

            var ok = FastDoubleParser.TryParse(bytes, out var actual);
            var okPadded = FastDoubleParser.TryParse(padded, 0, bytes.Length, out var actualPadded);
            if (FastDoubleParser.TryParseFast(bytes, out _)) fastPathHits++;
            if (FastDoubleParser.TryParseShort(padded, bytes.Length, out _)) vectorPathHits++;

            Assert.Equal(expectedOk, ok);
            Assert.Equal(expectedOk, okPadded);
            if (!ok) continue;
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"'{text}': expected {expected:R} but parsed {actual:R}");
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actualPadded), $"'{text}' (padded): expected {expected:R} but parsed {actualPadded:R}");
        }
        Assert.True(fastPathHits > 50_000, $"only {fastPathHits} strings took the fast path");
        if (System.Runtime.Intrinsics.X86.Ssse3.IsSupported)
            Assert.True(vectorPathHits > 30_000, $"only {vectorPathHits} strings took the vector path");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0e5")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("1e22")]
    [InlineData("1e23")]
    [InlineData("4.9e-324")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("1e400")]
    [InlineData("0.1")]
    [InlineData("123456789012345678.9")]
    [InlineData("  7 ")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("9999999999999999")]
    [InlineData("-.5")]
    [InlineData("5.")]
    [InlineData("0.000000000000001")]
    [InlineData("123456789.1234567")]
    public void TryParse_EdgeCases_BitwiseEqualToDoubleParse(string text)
    {
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        var padded = Encoding.ASCII.GetBytes(text + new string('9', FastDoubleParser.PaddedBytes));

        Assert.True(FastDoubleParser.TryParse(Encoding.ASCII.GetBytes(text), out var actual));
        Assert.True(FastDoubleParser.TryParse(padded, 0, text.Length, out var actualPadded));

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actualPadded));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1..2")]
    [InlineData("--1")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
    {
        var padded = Encoding.ASCII.GetBytes(text + new string('7', FastDoubleParser.PaddedBytes));

        Assert.False(FastDoubleParser.TryParse(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(FastDoubleParser.TryParse(padded, 0, text.Length, out _));
    }

    private static IEnumerable<string> RandomDoublesRoundTripped(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30));
            yield return value.ToString(random.Next(2) == 0 ? "R" : "G9", CultureInfo.InvariantCulture);
        }
    }
}
