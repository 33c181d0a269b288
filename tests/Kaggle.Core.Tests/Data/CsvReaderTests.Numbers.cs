using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

// The number policy (README, "Numbers in CSV files"): NaN spellings and missing tokens are missing; infinities and overflow
// are an error naming the place, or missing with InfinityAsMissing; never a numeric column silently read as categorical.
public sealed partial class CsvReaderTests
{
    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("-nan")]
    [InlineData("NAN")]
    public void Read_NaNSpelling_IsMissingInANumericColumn(string nan)
    {
        var frame = Read($"id,x\n1,2.5\n2,{nan}\n");

        Assert.True(double.IsNaN(frame.Numeric("x")[1]));
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("-inf")]
    [InlineData("+INF")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("infinity")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"1e400\"")]
    public void Read_InfinityOrOverflow_ThrowsNamingFileLineColumnAndValue(string value)
    {
        var error = Assert.Throws<CsvFormatException>(() => Read($"id,x\n1,2.5\n2,3\n3,{value}\n4,1\n"));

        Assert.Equal(4, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Equal("x", error.ColumnName);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("finite", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CsvReadOptions.InfinityAsMissing), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InfinityInALaterBlock_NamesTheEarliestRow()
    {
        var rows = string.Concat(Enumerable.Range(0, 3000).Select(i => i is 2500 or 2900 ? $"{i},-inf\n" : $"{i},{i}.5\n"));

        var error = Assert.Throws<CsvFormatException>(() => Read("id,x\n" + rows, new CsvReadOptions { BlockSize = 4096 }));

        Assert.Equal(2502, error.Line);
    }

    [Fact]
    public void Read_InfinityAsMissing_ReadsMissing()
    {
        var frame = Read("id,x\n1,inf\n2,1e400\n3,-Infinity\n4,2\n", new CsvReadOptions { InfinityAsMissing = true });

        Assert.Equal(ColumnKind.Numeric, frame["x"].Kind);
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(double.IsNaN(frame.Numeric("x")[i])));
        Assert.Equal(2, frame.Numeric("x")[3]);
    }

    [Fact]
    public void Read_InfInATextColumn_IsAValue()
    {
        var frame = Read("id,s\n1,abc\n2,inf\n");

        Assert.Equal("inf", frame[1].Format(1));
    }

    [Fact]
    public void Read_InfinityInAColumnForcedNumeric_Throws()
    {
        var options = new CsvReadOptions { Kinds = new Dictionary<string, ColumnKind> { ["x"] = ColumnKind.Numeric } };

        var error = Assert.Throws<CsvFormatException>(() => Read("x\n1\ninf\n", options));

        Assert.Equal(3, error.Line);
    }
}
