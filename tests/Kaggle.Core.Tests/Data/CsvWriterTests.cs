using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class CsvWriterTests
{
    private static string WriteToString(Frame frame)
    {
        var stream = new MemoryStream();
        CsvWriter.Write(frame, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_AwkwardStrings_QuotesOnlyWhereNeeded()
    {
        var frame = new Frame(new TextColumn("s", ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", null, "NA"]));

        var text = WriteToString(frame);

        Assert.Equal("s\nplain\n\"a,b\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"cr\r\"\n\"\"\n\n\"NA\"\n", text);
    }

    [Fact]
    public void Write_Numbers_UseRoundTripInvariantFormAndEmptyForNaN()
    {
        var frame = new Frame(new NumericColumn("x", [0.1, 1e-300, double.NaN, -0.0, 123456789.125]));

        var text = WriteToString(frame);

        Assert.Equal("x\n0.1\n1E-300\n\n-0\n123456789.125\n", text);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameFrame()
    {
        var random = new Random(3);
        var n = 200;
        var numbers = Enumerable.Range(0, n).Select(i => i % 17 == 0 ? double.NaN : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20))).ToArray();
        string?[] pool = ["a", "b, c", "\"q\"", "", "NA", "x\r\ny", null, "é ü 中"];
        var categories = Enumerable.Range(0, n).Select(i => pool[random.Next(pool.Length)]).ToArray();
        var texts = Enumerable.Range(0, n).Select(i => i % 11 == 0 ? null : $"free text {i}, \"quoted\"\n{random.Next()}").ToArray();
        var ticks = Enumerable.Range(0, n).Select(i => i % 13 == 0 ? TimestampColumn.Missing : new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next()).AddTicks(random.Next(10_000_000)).Ticks).ToArray();
        var frame = new Frame(
            new NumericColumn("number", numbers),
            CategoricalColumn.FromStrings("level", categories),
            new TextColumn("text, with comma", texts),
            new TimestampColumn("when", ticks));
        var stream = new MemoryStream();

        CsvWriter.Write(frame, stream);
        var back = CsvReader.Read(new MemoryStream(stream.ToArray()), "roundtrip.csv");

        CsvTestFiles.AssertSameFrame(frame, back);
    }

    [Fact]
    public void Write_ToPath_ReplacesTheFileAtomically()
    {
        var folder = Directory.CreateTempSubdirectory("csvwriter-").FullName;
        try
        {
            var path = Path.Combine(folder, "out.csv");
            File.WriteAllText(path, "old");

            CsvWriter.Write(new Frame(new NumericColumn("a", [1, 2])), path);

            Assert.Equal("a\n1\n2\n", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_ValueThatCannotBeEncoded_ThrowsAndLeavesNoFile()
    {
        var folder = Directory.CreateTempSubdirectory("csvwriter-").FullName;
        try
        {
            var path = Path.Combine(folder, "out.csv");
            var values = Enumerable.Range(0, 100_000).Select(i => (string?)$"row {i}").ToArray();
            values[^1] = "broken \ud800 surrogate";

            Assert.ThrowsAny<ArgumentException>(() => CsvWriter.Write(new Frame(new TextColumn("s", values)), path));

            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
