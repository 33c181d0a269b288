using Kaggle.Core.Data;
using Kaggle.MlNet.DataFrames;
using Microsoft.Data.Analysis;

namespace Kaggle.MlNet.Tests.DataFrames;

public sealed class DataFrameInteropTests
{
    private const string Csv = "id,price,city,note,when\n16777217,1.5,Paris,good,2024-01-02T03:04:05Z\n2,,Rome,,\n3,2.25,,fine,2024-02-03T00:00:00Z\n";

    [Fact]
    public void ToDataFrame_IdAbove2To24ReadByOurCsvReader_KeepsTheExactInt64()
    {
        var frame = CsvReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv)), "test.csv");

        var df = frame.ToDataFrame(int64Columns: ["id"]);

        Assert.IsType<Int64DataFrameColumn>(df.Columns["id"]);
        Assert.Equal(16777217L, df.Columns["id"][0]);
    }

    [Fact]
    public void LoadCsv_IdAbove2To24_RoundsItThroughFloat32()
    {
        // Why competition files never go through DataFrame.LoadCsv: it infers float32 and loses the id.
        var df = DataFrame.LoadCsv(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("id,x\n16777217,1\n2,2\n")));

        Assert.NotEqual(16777217.0, Convert.ToDouble(df.Columns["id"][0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundTrip_EveryColumnKindWithMissingValues_KeepsTypesAndValues()
    {
        var frame = CsvReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv)), "test.csv");

        var df = frame.ToDataFrame(int64Columns: ["id"]);
        var back = df.ToFrame(textColumns: frame.Columns.Where(c => c.Kind == ColumnKind.Text).Select(c => c.Name).ToArray());

        Assert.IsType<DoubleDataFrameColumn>(df.Columns["price"]);
        Assert.Null(df.Columns["price"][1]);
        Assert.Equal(frame.Names, back.Names);
        foreach (var column in frame.Columns)
        {
            Assert.Equal(column.Kind, back[column.Name].Kind);
            for (var i = 0; i < frame.RowCount; i++)
                Assert.Equal(column.Format(i), back[column.Name].Format(i));
        }
    }

    [Fact]
    public void ToFrame_Int64BeyondTwoTo53_ThrowsNamingColumnAndRow()
    {
        var df = new DataFrame(new Int64DataFrameColumn("id", new long?[] { 1, (1L << 53) + 1 }));

        var e = Assert.Throws<ArgumentException>(() => df.ToFrame());

        Assert.Contains("'id' row 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFrame_StringAndBooleanColumns_BecomeCategoricalAndNumeric()
    {
        var df = new DataFrame(
            new StringDataFrameColumn("sex", ["male", "female", null!, "male"]),
            new BooleanDataFrameColumn("alone", new bool?[] { true, false, null, true }));

        var frame = df.ToFrame();

        var sex = frame.Categorical("sex");
        Assert.Equal(2, sex.Categories.Count);
        Assert.True(sex.IsMissing(2));
        Assert.Equal([1, 0, double.NaN, 1], frame.Numeric("alone").ToArray());
    }

    [Fact]
    public void Predictions_WholeIdsAndTwoColumns_Int64IdsAndNamedColumns()
    {
        var ids = new NumericColumn("PassengerId", [892, 893]);
        var p = Matrix.FromRows([0.9, 0.1], [0.2, 0.8]);

        var df = DataFrameInterop.Predictions(ids, p, ["died", "survived"]);

        Assert.IsType<Int64DataFrameColumn>(df.Columns["PassengerId"]);
        Assert.Equal(893L, df.Columns["PassengerId"][1]);
        Assert.Equal(0.8, df.Columns["survived"][1]);
    }
}
