using System.IO.Compression;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed partial class CsvReaderTests
{
    internal static Frame Read(string text, CsvReadOptions? options = null) => Read(Encoding.UTF8.GetBytes(text), options);

    internal static Frame Read(byte[] bytes, CsvReadOptions? options = null) =>
        CsvReader.Read(new MemoryStream(bytes), "t.csv", options);

    [Fact]
    public void Read_QuotedFieldWithDelimiterAndDoubledQuotes_Unescapes()
    {
        var frame = Read("id,name\n1,\"Johnston, Miss. \"\"Carrie\"\"\"\n2,plain\n");

        Assert.Equal("Johnston, Miss. \"Carrie\"", frame.Categorical("name")[0]);
        Assert.Equal("plain", frame.Categorical("name")[1]);
    }

    [Fact]
    public void Read_NewlineInsideQuotes_IsData()
    {
        var frame = Read("id,text\n1,\"line one\nline two\r\nline three\"\n2,x\n");

        Assert.Equal(2, frame.RowCount);
        Assert.Equal("line one\nline two\r\nline three", frame.Categorical("text")[0]);
    }

    [Fact]
    public void Read_CrLfLineEnds_DropsCarriageReturns()
    {
        var frame = Read("a,b\r\n1,x\r\n2,\"y\"\r\n3,z");

        Assert.Equal([1.0, 2, 3], frame.Numeric("a").Values.ToArray());
        Assert.Equal(["x", "y", "z"], frame.Categorical("b").Categories);
    }

    [Fact]
    public void Read_Utf8Bom_IsNotPartOfFirstName()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Id,ville\n1,Zürich\n")).ToArray();

        var frame = Read(bytes);

        Assert.Equal("Id", frame[0].Name);
        Assert.Equal("Zürich", frame.Categorical("ville")[0]);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_IsLiteral()
    {
        var frame = Read("id,height\n1,5'10\"\n2,6'\n");

        Assert.Equal("5'10\"", frame.Categorical("height")[0]);
    }

    [Fact]
    public void Read_NoTrailingNewline_ReadsLastRow()
    {
        var frame = Read("a,b\n1,2\n3,4");

        Assert.Equal(2, frame.RowCount);
        Assert.Equal(4.0, frame.Numeric("b")[1]);
    }

    [Fact]
    public void Read_BlankLinesWithSeveralColumns_AreSkipped()
    {
        var frame = Read("a,b\n1,2\n\n\r\n3,4\n\n");

        Assert.Equal([1.0, 3], frame.Numeric("a").Values.ToArray());
    }

    [Fact]
    public void Read_BlankLineWithOneColumn_IsAMissingValue()
    {
        var frame = Read("a\n1\n\n3\n");

        Assert.Equal(3, frame.RowCount);
        Assert.True(frame["a"].IsMissing(1));
    }

    [Fact]
    public void Read_GzipStream_IsDecompressedByMagicBytes()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("a,b\n1,x\n2,y\n"));

        var frame = Read(compressed.ToArray());

        Assert.Equal([1.0, 2], frame.Numeric("a").Values.ToArray());
    }

    [Fact]
    public void Read_GzipFile_ReadsByPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"csv-{Guid.NewGuid():N}.csv.gz");
        try
        {
            using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
                gzip.Write(Encoding.UTF8.GetBytes("a\n1.5\n"));

            var frame = CsvReader.Read(path);

            Assert.Equal(1.5, frame.Numeric("a")[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_ColumnSubset_KeepsRequestedOrder()
    {
        var frame = Read("a,b,c\n1,x,3\n", new CsvReadOptions { Columns = ["c", "a"] });

        Assert.Equal(["c", "a"], frame.Names);
    }

    [Fact]
    public void Read_HeaderOnly_GivesZeroRowNumericColumns()
    {
        var frame = Read("a,b\n");

        Assert.Equal(0, frame.RowCount);
        Assert.All(frame.Columns, c => Assert.Equal(ColumnKind.Numeric, c.Kind));
    }

    [Fact]
    public void Read_OtherDelimiter_SplitsOnIt()
    {
        var frame = Read("a;b\n1,5;\"x;y\"\n", new CsvReadOptions { Delimiter = ';' });

        Assert.Equal("1,5", frame.Categorical("a")[0]);
        Assert.Equal("x;y", frame.Categorical("b")[0]);
    }

    [Fact]
    public void Read_Latin1Encoding_DecodesSingleBytes()
    {
        var bytes = Encoding.Latin1.GetBytes("city\nZürich\n");

        var frame = Read(bytes, new CsvReadOptions { Encoding = Encoding.Latin1 });

        Assert.Equal("Zürich", frame.Categorical("city")[0]);
    }

    [Fact]
    public void Read_FieldLongerThanABlock_GrowsTheBlock()
    {
        var longText = string.Join("\r\n", Enumerable.Range(0, 50).Select(i => $"line {i}, \"quoted\""));
        var text = $"id,body\n1,\"{longText.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n2,{new string('x', 300)}\n3,short\n";

        var frame = Read(text, new CsvReadOptions { BlockSize = 64, MaxDegreeOfParallelism = 2 });

        Assert.Equal(3, frame.RowCount);
        Assert.Equal(longText, frame.Categorical("body")[0]);
        Assert.Equal(300, frame.Categorical("body")[1]!.Length);
    }

    [Fact]
    public void Read_HeaderWithoutNewline_GivesZeroRows()
    {
        var frame = Read("a,\"b,c\"");

        Assert.Equal(["a", "b,c"], frame.Names);
        Assert.Equal(0, frame.RowCount);
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 2)]
    [InlineData(100, 2)]
    [InlineData(1 << 20, 1)]
    public void Read_AnyBlockSizeAndThreadCount_GivesTheSameFrame(int blockSize, int threads)
    {
        var text = CsvTestFiles.Awkward(rows: 300, seed: 7);
        var reference = Read(text);

        var frame = Read(text, new CsvReadOptions { BlockSize = blockSize, MaxDegreeOfParallelism = threads });

        CsvTestFiles.AssertSameFrame(reference, frame);
    }
}
