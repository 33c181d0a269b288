using System.IO.Compression;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

// Compressed input is verified to its last byte: a cut or damaged file fails naming the file, never reads short.
public sealed partial class CsvReaderTests
{
    private static readonly string s_rows = string.Concat(Enumerable.Range(0, 4000).Select(i => $"{i},{i * 0.25}\n"));

    private static byte[] Gzip(string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    private static Frame ReadGz(byte[] bytes, string name = "train.csv.gz") => CsvReader.Read(new MemoryStream(bytes), name);

    /// <summary>A gzip file whose deflate data ends exactly after a row: stored blocks, flushed after every 100 rows.</summary>
    private static (byte[] Bytes, int[] RowEnds) GzipFlushedAtRows()
    {
        var output = new MemoryStream();
        var rowEnds = new List<int>();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("id,x\n"));
            for (var i = 0; i < 1000; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes($"{i},{i * 0.5}\n"));
                if (i % 100 != 99) continue;
                gzip.Flush();
                rowEnds.Add((int)output.Length);
            }
        }
        return (output.ToArray(), [.. rowEnds]);
    }

    [Fact]
    public void Read_GzipCutAtARowBoundary_ThrowsNamingTheFile()
    {
        var (bytes, rowEnds) = GzipFlushedAtRows();
        var cut = bytes[..rowEnds[4]];
        using var plain = new StreamReader(new GZipStream(new MemoryStream(cut), CompressionMode.Decompress));
        var decoded = plain.ReadToEnd();
        Assert.EndsWith("499,249.5\n", decoded, StringComparison.Ordinal); // the cut decodes to whole rows, as the file did

        var error = Assert.Throws<CsvFormatException>(() => ReadGz(cut));

        Assert.Equal("train.csv.gz", error.FileName);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(100)]
    public void Read_GzipMissingItsLastBytes_Throws(int missing)
    {
        var bytes = Gzip("id,x\n" + s_rows);

        var error = Assert.Throws<CsvFormatException>(() => ReadGz(bytes[..^missing]));

        Assert.StartsWith("train.csv.gz", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8)] // CRC-32
    [InlineData(2)] // length
    public void Read_GzipWithAWrongTrailer_ThrowsNamingTheFile(int fromEnd)
    {
        var bytes = Gzip("id,x\n" + s_rows);
        bytes[^fromEnd] ^= 0x01;

        var error = Assert.Throws<CsvFormatException>(() => ReadGz(bytes));

        Assert.StartsWith("train.csv.gz", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzNameButPlainText_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<CsvFormatException>(() => ReadGz(Encoding.UTF8.GetBytes("id,x\n1,2\n")));

        Assert.StartsWith("train.csv.gz", error.Message, StringComparison.Ordinal);
        Assert.Contains("not gzip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipWithAnUnknownMethod_ThrowsNamingTheFile()
    {
        var bytes = Gzip("id,x\n1,2\n");
        bytes[2] = 9;

        var error = Assert.Throws<CsvFormatException>(() => ReadGz(bytes));

        Assert.StartsWith("train.csv.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralGzipMembers_ReadsThemAll()
    {
        var bytes = Gzip("id,x\n" + s_rows).Concat(Gzip("")).Concat(Gzip(s_rows, CompressionLevel.Fastest)).ToArray();

        var frame = ReadGz(bytes);

        Assert.Equal(8000, frame.RowCount);
    }

    [Fact]
    public void Read_SeveralGzipMembersLastOneCut_Throws()
    {
        var bytes = Gzip("id,x\n" + s_rows).Concat(Gzip(s_rows)).ToArray();

        Assert.Throws<CsvFormatException>(() => ReadGz(bytes[..^3]));
    }

    [Fact]
    public void Read_EmptyGzipMember_ReadsAsEmptyFile()
    {
        var error = Assert.Throws<CsvFormatException>(() => ReadGz(Gzip("")));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipArchive_ThrowsSayingToExtractIt()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("train.csv").Open())
            entry.Write(Encoding.UTF8.GetBytes("id,x\n1,2\n"));

        var error = Assert.Throws<CsvFormatException>(() => ReadGz(output.ToArray(), "train.csv"));

        Assert.StartsWith("train.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("zip", error.Message, StringComparison.Ordinal);
    }
}
