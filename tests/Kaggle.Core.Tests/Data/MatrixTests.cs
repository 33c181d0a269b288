using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class MatrixTests
{
    [Fact]
    public void Rows_SelectedIndices_CopiesInGivenOrder()
    {
        var m = Matrix.FromRows([1, 2], [3, 4], [5, 6]);

        var picked = m.Rows([2, 0, 2]);

        Assert.Equal([5.0, 6, 1, 2, 5, 6], picked.Values.ToArray());
    }

    [Fact]
    public void FromColumns_UnequalLengths_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Matrix.FromColumns([[1, 2], [3]]));

        Assert.Contains("Column 1 has 1 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WrongValueCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Matrix(2, 3, new double[5]));
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var m = new Matrix(2, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => m[2, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => m[0, -1]);
    }

    [Fact]
    public void Columns_SelectedIndices_CopiesValues()
    {
        var m = Matrix.FromRows([1, 2, 3], [4, 5, 6]);

        var picked = m.Columns([2, 0]);

        Assert.Equal([3.0, 1, 6, 4], picked.Values.ToArray());
    }
}
