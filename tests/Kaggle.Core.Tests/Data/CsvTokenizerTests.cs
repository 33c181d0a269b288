using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class CsvTokenizerTests
{
    private static CsvBlock Tokenize(byte[] bytes, int columns, bool simd, bool final, out int consumed)
    {
        var block = new CsvBlock(bytes, bytes.Length, 0);
        consumed = new CsvTokenizer((byte)',', columns) { UseSimd = simd }.Tokenize(block, final);
        return block;
    }

    /// <summary>Random bytes drawn mostly from the structural characters, so every state transition happens at every offset.</summary>
    private static byte[] RandomCsv(Random random, int length)
    {
        var alphabet = "ab,\",\n\r\"1\n"u8.ToArray();
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = alphabet[random.Next(alphabet.Length)];
        return bytes;
    }

    /// <summary>Well-formed rows (quoted fields with delimiters, newlines and doubled quotes; CRLF or LF), occasionally ragged.</summary>
    private static byte[] RandomRows(Random random, int columns, int rows)
    {
        var text = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            var fields = random.Next(20) == 0 ? columns + random.Next(-1, 2) : columns;
            for (var c = 0; c < Math.Max(fields, 1); c++)
            {
                if (c > 0) text.Append(',');
                text.Append(random.Next(4) switch
                {
                    0 => "",
                    1 => $"\"q,{random.Next(100)}\n\"\"x\"\"\r\"",
                    2 => $"a\"b{random.Next(1000)}",
                    _ => random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    [Fact]
    public void Tokenize_SimdAndScalar_AgreeOnRandomInput()
    {
        var random = new Random(5);
        var rowsSeen = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var columns = random.Next(1, 4);
            var bytes = trial % 2 == 0 ? RandomCsv(random, random.Next(0, 300)) : RandomRows(random, columns, random.Next(0, 30));
            var final = random.Next(2) == 0;

            var simd = Tokenize(bytes, columns, simd: true, final, out var simdConsumed);
            var scalar = Tokenize(bytes, columns, simd: false, final, out var scalarConsumed);

            Assert.Equal(scalarConsumed, simdConsumed);
            Assert.Equal(scalar.Error, simd.Error);
            Assert.Equal(scalar.RowCount, simd.RowCount);
            Assert.Equal(scalar.NewlineCount, simd.NewlineCount);
            Assert.Equal(scalar.RowStarts.AsSpan(0, scalar.RowCount).ToArray(), simd.RowStarts.AsSpan(0, simd.RowCount).ToArray());
            Assert.Equal(scalar.Terminators.AsSpan(0, scalar.RowCount * columns).ToArray(), simd.Terminators.AsSpan(0, simd.RowCount * columns).ToArray());
            rowsSeen += simd.RowCount;
        }
        Assert.True(rowsSeen > 10_000, $"only {rowsSeen} rows were tokenized: the generator is too often malformed");
    }

    [Fact]
    public void Tokenize_PartialBlock_StopsAfterTheLastCompleteRow()
    {
        var bytes = Encoding.ASCII.GetBytes("1,\"a\nb\"\n2,\"open\n");

        var block = Tokenize(bytes, 2, simd: true, final: false, out var consumed);

        Assert.Equal(1, block.RowCount);
        Assert.Equal(8, consumed);
        Assert.Equal(2, block.NewlineCount);
    }

    [Fact]
    public void Tokenize_FieldBounds_ExcludeQuotesOnlyAfterUnescaping()
    {
        var bytes = Encoding.ASCII.GetBytes("x,\"y,z\"\r\n");

        var block = Tokenize(bytes, 2, simd: true, final: true, out _);
        var start = block.FieldStart(0, 1, 2);
        var end = block.FieldEnd(0, 1, 2, start);

        Assert.Equal("\"y,z\"", Encoding.ASCII.GetString(bytes, start, end - start));
    }
}
