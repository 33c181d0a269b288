using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>The rows of a <see cref="CsrMatrix"/> for a generic linear objective: O(stored entries) per row.</summary>
internal readonly struct SparseRows(CsrMatrix x) : IRowDesign
{
    public int RowCount => x.RowCount;

    public int ColumnCount => x.ColumnCount;

    public double Dot(int row, ReadOnlySpan<double> coefficients) =>
        SparseKernels.Dot(x.RowIndices(row), x.RowValues(row), coefficients);

    public double SquaredNorm(int row) => System.Numerics.Tensors.TensorPrimitives.SumOfSquares(x.RowValues(row));

    public void AddScaled(int row, double alpha, Span<double> destination) =>
        SparseKernels.AddScaled(x.RowIndices(row), x.RowValues(row), alpha, destination);
}
