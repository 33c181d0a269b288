using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class FrameFeatureMatrixTests
{
    private static SparseBlockColumn Block(string name) =>
        // [[0 4], [1 0], [0 0]]
        new(name, new CsrMatrix(3, 2, [0, 1, 2, 2], [1, 0], [4, 1]), ["a", "b"]);

    [Fact]
    public void ToFeatureMatrix_NoSparseBlock_GivesTheDenseMatrixBitForBit()
    {
        var frame = new Frame(new NumericColumn("x", [1.5, double.NaN, -0.0]), new NumericColumn("y", [3, 4, 5]));

        var features = frame.ToFeatureMatrix();

        Assert.False(features.IsSparse);
        Assert.Equal(frame.ToMatrix().AsBytes().ToArray(), features.Dense!.AsBytes().ToArray());
    }

    [Fact]
    public void ToFeatureMatrix_SparseBlockBetweenNumericColumns_ExpandsInFrameOrder()
    {
        var frame = new Frame(new NumericColumn("x", [7, 0, double.NaN]), Block("text"), new NumericColumn("y", [0, 2, 3]));

        var features = frame.ToFeatureMatrix();

        Assert.True(features.IsSparse);
        Assert.Equal(4, features.ColumnCount);
        Assert.Equal([7.0, 0, 4, 0, 0, 1, 0, 2, double.NaN, 0, 0, 3], features.Sparse!.ToDense().Values.ToArray());
    }

    [Fact]
    public void ToFeatureMatrix_TextColumnLeft_ThrowsNamingIt()
    {
        var frame = new Frame(Block("tfidf"), new TextColumn("keyword", ["a", "b", null]));

        var error = Assert.Throws<InvalidOperationException>(frame.ToFeatureMatrix);

        Assert.Contains("Column 'keyword' is Text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMatrix_SparseBlock_ThrowsPointingToFeatureMatrix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Frame(Block("tfidf")).ToMatrix());

        Assert.Contains("ToFeatureMatrix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_SparseBlock_TakesMatrixRows()
    {
        var frame = new Frame(Block("text"));

        var picked = (SparseBlockColumn)frame.Rows([1, 0])["text"];

        Assert.Equal([1.0, 0, 0, 4], picked.Matrix.ToDense().Values.ToArray());
        Assert.Equal("a:1", picked.Format(0));
    }

    [Fact]
    public void Concat_SparseBlocks_StacksRows()
    {
        var frame = new Frame(Block("text"));

        var both = Frame.Concat(frame, frame);

        Assert.Equal(6, both.RowCount);
        Assert.Equal(ColumnKind.Sparse, both["text"].Kind);
    }

    [Fact]
    public void Constructor_FeatureNameCountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SparseBlockColumn("t", new CsrMatrix(1, 2, [0, 0], [], []), ["only"]));
    }
}
