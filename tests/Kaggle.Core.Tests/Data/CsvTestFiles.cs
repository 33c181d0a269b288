using System.Globalization;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

/// <summary>Generated CSV text with every awkward case, and a frame comparison for round trips.</summary>
internal static class CsvTestFiles
{
    /// <summary>
    /// A file with a numeric column (with NA and empty values), a categorical one (quoted, with delimiters and doubled quotes),
    /// a text column (newlines inside quotes, CRLF), and a mix of CRLF and LF row ends.
    /// </summary>
    public static string Awkward(int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("num,cat,text,last\n");
        string[] levels = ["a", "\"b, c\"", "\"say \"\"hi\"\"\"", "d\u00e9", "\"\""];
        for (var i = 0; i < rows; i++)
        {
            var num = random.Next(10) switch
            {
                0 => "",
                1 => "NA",
                _ => (random.NextDouble() * 1000 - 500).ToString("R", CultureInfo.InvariantCulture),
            };
            var body = random.Next(4) switch
            {
                0 => $"\"multi\nline {i}\"",
                1 => $"\"crlf\r\ninside {i}, with comma\"",
                2 => "",
                _ => $"plain {i}",
            };
            text.Append(num).Append(',').Append(levels[random.Next(levels.Length)]).Append(',').Append(body).Append(',').Append(i % 3);
            text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }
        return text.ToString();
    }

    /// <summary>Same names, kinds, row count and values (numbers bit for bit, strings ordinal).</summary>
    public static void AssertSameFrame(Frame expected, Frame actual)
    {
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var j = 0; j < expected.ColumnCount; j++)
        {
            Assert.Equal(expected[j].Kind, actual[j].Kind);
            for (var i = 0; i < expected.RowCount; i++)
            {
                if (expected[j] is NumericColumn a)
                    Assert.Equal(BitConverter.DoubleToInt64Bits(a[i]), BitConverter.DoubleToInt64Bits(((NumericColumn)actual[j])[i]));
                else
                    Assert.Equal(expected[j].Format(i), actual[j].Format(i));
            }
        }
    }
}
