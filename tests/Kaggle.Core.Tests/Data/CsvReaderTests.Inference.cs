using System.Globalization;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed partial class CsvReaderTests
{
    [Fact]
    public void Read_NaAndEmpty_AreMissing()
    {
        var frame = Read("age,sex\n22,male\nNA,\n,female\n");

        Assert.True(double.IsNaN(frame.Numeric("age")[1]));
        Assert.True(double.IsNaN(frame.Numeric("age")[2]));
        Assert.Null(frame.Categorical("sex")[1]);
        Assert.Equal(["male", "female"], frame.Categorical("sex").Categories);
    }

    [Fact]
    public void Read_QuotedEmptyAndQuotedNaInStringColumn_AreValues()
    {
        var frame = Read("s,t\n\"\",x\n\"NA\",y\nNA,z\n");

        Assert.Equal("", frame.Categorical("s")[0]);
        Assert.Equal("NA", frame.Categorical("s")[1]);
        Assert.Null(frame.Categorical("s")[2]);
    }

    [Fact]
    public void Read_KeepNaAsValue_MakesNaACategory()
    {
        var options = new CsvReadOptions { KeepNaAsValue = ["PoolQC"] };

        var frame = Read("PoolQC,Alley\nNA,NA\nEx,Grvl\n,Pave\n", options);

        Assert.Equal(["NA", "Ex"], frame.Categorical("PoolQC").Categories);
        Assert.True(frame["PoolQC"].IsMissing(2));
        Assert.True(frame["Alley"].IsMissing(0));
    }

    [Fact]
    public void Read_CustomMissingTokens_ReplaceTheDefaults()
    {
        var options = new CsvReadOptions { MissingTokens = ["-999", "?"] };

        var frame = Read("x,y\n-999,?\n1.5,NA\n", options);

        Assert.True(double.IsNaN(frame.Numeric("x")[0]));
        Assert.Null(frame.Categorical("y")[0]);
        Assert.Equal("NA", frame.Categorical("y")[1]);
    }

    [Fact]
    public void Read_InferredKinds_FollowTheDocumentedRule()
    {
        var text = new StringBuilder("num,cat,name,when\n");
        for (var i = 0; i < 120; i++)
            text.Append(CultureInfo.InvariantCulture, $"{i * 0.5},{(i % 2 == 0 ? "male" : "female")},person {i},2020-01-{(i % 28) + 1:00}T10:00:00Z\n");

        var frame = Read(text.ToString());

        Assert.Equal(ColumnKind.Numeric, frame["num"].Kind);
        Assert.Equal(ColumnKind.Categorical, frame["cat"].Kind);
        Assert.Equal(ColumnKind.Text, frame["name"].Kind);
        Assert.Equal(ColumnKind.Timestamp, frame["when"].Kind);
        Assert.Equal(new DateTime(2020, 1, 1, 10, 0, 0, DateTimeKind.Utc), frame.Timestamp("when")[0]);
    }

    [Fact]
    public void Read_FewDistinctStrings_StayCategoricalInASmallFile()
    {
        var frame = Read("name\nann\nbob\ncid\n");

        Assert.Equal(ColumnKind.Categorical, frame["name"].Kind);
    }

    [Fact]
    public void Read_OneNonNumberLateInTheFile_MakesTheColumnCategoricalWithOriginalSpelling()
    {
        var text = new StringBuilder("code\n");
        for (var i = 0; i < 2000; i++) text.Append(CultureInfo.InvariantCulture, $"00{i % 7}\n");
        text.Append("x\n");

        var frame = Read(text.ToString(), new CsvReadOptions { BlockSize = 256 });

        Assert.Equal("000", frame.Categorical("code")[0]);
        Assert.Equal("x", frame.Categorical("code")[2000]);
    }

    [Fact]
    public void Read_KindOverrides_ForceTheKind()
    {
        var options = new CsvReadOptions
        {
            Kinds = new Dictionary<string, ColumnKind> { ["zip"] = ColumnKind.Categorical, ["note"] = ColumnKind.Text, ["day"] = ColumnKind.Timestamp, ["n"] = ColumnKind.Numeric },
        };

        var frame = Read("zip,note,day,n\n00501,a,2021-03-04,\"7\"\n00501,a,2021-03-05 12:30,NA\n", options);

        Assert.Equal("00501", frame.Categorical("zip")[0]);
        Assert.Equal("a", frame.Text("note")[1]);
        Assert.Equal(new DateTime(2021, 3, 5, 12, 30, 0, DateTimeKind.Utc), frame.Timestamp("day")[1]);
        Assert.Equal(7.0, frame.Numeric("n")[0]);
        Assert.True(double.IsNaN(frame.Numeric("n")[1]));
    }

    [Fact]
    public void Read_AllText_KeepsEveryValueAsWritten()
    {
        var frame = Read("id,p\n001,0.50\n002,NA\n003,\n", CsvReadOptions.AllText);

        Assert.Equal<string?[]>(["001", "002", "003"], frame.Text("id").Values.ToArray());
        Assert.Equal<string?[]>(["0.50", "NA", null], frame.Text("p").Values.ToArray());
    }

    [Fact]
    public void Read_DefaultKind_AppliesWhereNoOverrideIs()
    {
        var options = new CsvReadOptions { DefaultKind = ColumnKind.Categorical, Kinds = new Dictionary<string, ColumnKind> { ["n"] = ColumnKind.Numeric } };

        var frame = Read("c,n\n1,2\n", options);

        Assert.Equal(ColumnKind.Categorical, frame["c"].Kind);
        Assert.Equal(ColumnKind.Numeric, frame["n"].Kind);
    }

    [Fact]
    public void Read_TimestampWithOffset_IsConvertedToUtc()
    {
        var frame = Read("t\n2020-06-01T12:00:00+02:00\n2020-06-01\n");

        Assert.Equal(new DateTime(2020, 6, 1, 10, 0, 0, DateTimeKind.Utc), frame.Timestamp("t")[0]);
        Assert.Equal(new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc), frame.Timestamp("t")[1]);
    }

    [Fact]
    public void Read_AmbiguousDates_AreNotInferredAsTimestamps()
    {
        var frame = Read("d\n01/02/2020\n03/04/2020\n");

        Assert.Equal(ColumnKind.Categorical, frame["d"].Kind);
    }

    [Fact]
    public void Read_CustomTimestampFormat_ParsesOverriddenColumn()
    {
        var options = new CsvReadOptions
        {
            Kinds = new Dictionary<string, ColumnKind> { ["d"] = ColumnKind.Timestamp },
            TimestampFormats = ["dd/MM/yyyy"],
        };

        var frame = Read("d\n01/02/2020\n", options);

        Assert.Equal(new DateTime(2020, 2, 1, 0, 0, 0, DateTimeKind.Utc), frame.Timestamp("d")[0]);
    }

    [Fact]
    public void Read_NumbersInEveryForm_ParseLikeDoubleParse()
    {
        string[] values = ["1", "-2.5", "+3e2", ".5", "7.", "1E-3", " 4 ", "-0", "1234567890123456789012", "1e-400"];

        var frame = Read("x\n" + string.Join("\n", values) + "\n");

        for (var i = 0; i < values.Length; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(values[i], CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(frame.Numeric("x")[i]));
    }
}
