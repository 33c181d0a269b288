using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed partial class CsvReaderTests
{
    [Fact]
    public void Read_RaggedRowTooFewFields_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b,c\n1,2,3\n4,5\n"));

        Assert.Equal("t.csv", error.FileName);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("c", error.ColumnName);
        Assert.Equal("t.csv line 3, column 3 (c): expected 3 fields but found 2", error.Message);
    }

    [Fact]
    public void Read_RaggedRowTooManyFields_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,2\n\"x\ny\",2,3\n"));

        Assert.Equal(4, error.Line);
        Assert.Contains("expected 2 fields but found 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaggedRowInALaterBlock_ReportsTheFileLine()
    {
        var text = new StringBuilder("a,b\n");
        for (var i = 0; i < 1000; i++) text.Append("1,2\n");
        text.Append("3\n");

        var error = Assert.Throws<CsvFormatException>(() => Read(text.ToString(), new CsvReadOptions { BlockSize = 64, MaxDegreeOfParallelism = 2 }));

        Assert.Equal(1002, error.Line);
    }

    [Fact]
    public void Read_UnterminatedQuote_NamesWhereItStarts()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b,c\n1,2,3\n4,5,\"open\nmore\n"));

        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("unterminated quoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n\"x\"y,2\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("after a closing quote", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_Throws(string text)
    {
        var error = Assert.Throws<CsvFormatException>(() => Read(text));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeader_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("id,x,id\n1,2,3\n"));

        Assert.Equal(3, error.Column);
        Assert.Contains("also column 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyHeaderName_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("id,,z\n1,2,3\n"));

        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void Read_NonNumberInNumericOverride_Throws()
    {
        var options = new CsvReadOptions { Kinds = new Dictionary<string, ColumnKind> { ["Age"] = ColumnKind.Numeric } };

        var error = Assert.Throws<CsvFormatException>(() => Read("Name,Age\nann,22\nbob,abc\n", options));

        Assert.Equal("t.csv line 3, column 2 (Age): expected a number but found 'abc'", error.Message);
    }

    [Fact]
    public void Read_NonTimestampInTimestampOverride_Throws()
    {
        var options = new CsvReadOptions { Kinds = new Dictionary<string, ColumnKind> { ["d"] = ColumnKind.Timestamp } };

        var error = Assert.Throws<CsvFormatException>(() => Read("d\n2020-01-01\nsoon\n", options));

        Assert.Equal(3, error.Line);
        Assert.Contains("'soon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsInsteadOfReplacing()
    {
        byte[] bytes = [.. "s\nok\n"u8, 0xFF, 0xFE, (byte)'\n'];

        var error = Assert.Throws<CsvFormatException>(() => Read(bytes));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_OptionNamesAMissingColumn_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,2\n", new CsvReadOptions { Columns = ["a", "Survived"] }));

        Assert.Contains("'Survived'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteAsDelimiter_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Read("a\n1\n", new CsvReadOptions { Delimiter = '"' }));
    }
}
