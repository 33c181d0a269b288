using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class CsrMatrixTests
{
    private static CsrMatrix Small() =>
        // [[1 0 2], [0 0 0], [0 3 0]]
        new(3, 3, [0, 2, 2, 3], [0, 2, 1], [1, 2, 3]);

    [Fact]
    public void ToDense_SmallMatrix_FillsZeros()
    {
        var dense = Small().ToDense();

        Assert.Equal([1.0, 0, 2, 0, 0, 0, 0, 3, 0], dense.Values.ToArray());
    }

    [Fact]
    public void FromDense_RoundTrip_KeepsValuesAndStoresOnlyNonZeros()
    {
        var dense = Matrix.FromRows([0, 5, 0], [double.NaN, 0, 1]);

        var sparse = CsrMatrix.FromDense(dense);

        Assert.Equal(3, sparse.NonZeroCount);
        Assert.Equal(dense.Values.ToArray(), sparse.ToDense().Values.ToArray());
    }

    [Fact]
    public void Rows_SelectedIndices_CopiesInGivenOrder()
    {
        var picked = Small().Rows([2, 0, 2, 1]);

        Assert.Equal([0.0, 3, 0, 1, 0, 2, 0, 3, 0, 0, 0, 0], picked.ToDense().Values.ToArray());
    }

    [Fact]
    public void Rows_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Small().Rows([3]));
    }

    [Fact]
    public void Constructor_UnsortedColumns_ThrowsNamingRow()
    {
        var error = Assert.Throws<ArgumentException>(() => new CsrMatrix(1, 3, [0, 2], [2, 0], [1, 1]));

        Assert.Contains("Row 0 has column index 0 after 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ColumnOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CsrMatrix(1, 2, [0, 1], [2], [1]));
    }

    [Fact]
    public void Constructor_WrongPointerCount_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new CsrMatrix(2, 2, [0, 1], [0], [1]));

        Assert.Contains("2 rows need 3 row pointers", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Multiply_RandomMatrix_EqualsDenseProduct(double density)
    {
        var sparse = SparseTestData.Random(37, 53, density, seed: 7);
        var dense = sparse.ToDense();
        var vector = Enumerable.Range(0, 53).Select(j => Math.Sin(j)).ToArray();
        var result = new double[37];

        sparse.Multiply(vector, result);

        for (var i = 0; i < 37; i++)
        {
            var expected = 0.0;
            for (var j = 0; j < 53; j++) expected += dense[i, j] * vector[j];
            Assert.Equal(expected, result[i], 1e-12);
        }
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.5)]
    public void MultiplyTransposed_RandomMatrix_EqualsDenseTransposedProduct(double density)
    {
        var sparse = SparseTestData.Random(41, 29, density, seed: 11);
        var dense = sparse.ToDense();
        var vector = Enumerable.Range(0, 41).Select(i => Math.Cos(i)).ToArray();
        var result = Enumerable.Repeat(99.0, 29).ToArray();

        sparse.MultiplyTransposed(vector, result);

        for (var j = 0; j < 29; j++)
        {
            var expected = 0.0;
            for (var i = 0; i < 41; i++) expected += dense[i, j] * vector[i];
            Assert.Equal(expected, result[j], 1e-12);
        }
    }

    [Fact]
    public void Multiply_WrongVectorLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Small().Multiply(new double[2], new double[3]));

        Assert.Contains("has 2 values but the matrix has 3 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerticalStack_TwoMatrices_AppendsRows()
    {
        var stacked = CsrMatrix.VerticalStack(Small(), Small().Rows([0]));

        Assert.Equal(4, stacked.RowCount);
        Assert.Equal([1.0, 0, 2], stacked.ToDense().Row(3).ToArray());
    }

    [Fact]
    public void Build_RowNotEnded_Throws()
    {
        var builder = new CsrBuilder(2);
        builder.Add(0, 1);

        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
