using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class FrameTests
{
    private static Frame Sample() => new(
        new NumericColumn("age", [22, double.NaN, 30]),
        CategoricalColumn.FromStrings("sex", ["male", "female", null]),
        new TextColumn("name", ["a", null, "c"]));

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Frame(new NumericColumn("a", [1]), new NumericColumn("a", [2])));

        Assert.Contains("'a' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnequalLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Frame(new NumericColumn("a", [1]), new NumericColumn("b", [2, 3])));
    }

    [Fact]
    public void MissingMarkers_EachKind_AreExplicit()
    {
        var frame = Sample();

        Assert.Equal(1, frame["age"].MissingCount());
        Assert.True(frame["sex"].IsMissing(2));
        Assert.True(frame["name"].IsMissing(1));
    }

    [Fact]
    public void ToMatrix_CategoricalColumn_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Sample().ToMatrix());

        Assert.Contains("'sex'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_Subset_KeepsCategoryLevels()
    {
        var frame = Sample().Rows([1]);

        Assert.Equal("female", frame.Categorical("sex")[0]);
        Assert.Equal(["male", "female"], frame.Categorical("sex").Categories);
    }

    [Fact]
    public void Concat_MergesCategoryLevels()
    {
        var top = new Frame(CategoricalColumn.FromStrings("c", ["x"]));
        var bottom = new Frame(CategoricalColumn.FromStrings("c", ["y", null]));

        var all = Frame.Concat(top, bottom);

        Assert.Equal("x", all.Categorical("c")[0]);
        Assert.Equal("y", all.Categorical("c")[1]);
        Assert.Null(all.Categorical("c")[2]);
    }

    [Fact]
    public void Indexer_UnknownName_ListsColumns()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Sample()["agee"]);

        Assert.Contains("age, sex, name", error.Message, StringComparison.Ordinal);
    }
}
