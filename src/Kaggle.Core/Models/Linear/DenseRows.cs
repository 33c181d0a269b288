using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>The rows of a dense <see cref="Matrix"/> for a generic linear objective (TensorPrimitives kernels).</summary>
internal readonly struct DenseRows(Matrix x) : IRowDesign
{
    public int RowCount => x.RowCount;

    public int ColumnCount => x.ColumnCount;

    public double Dot(int row, ReadOnlySpan<double> coefficients) => TensorPrimitives.Dot(x.Row(row), coefficients);

    public double SquaredNorm(int row) => TensorPrimitives.SumOfSquares(x.Row(row));

    public void AddScaled(int row, double alpha, Span<double> destination) =>
        TensorPrimitives.MultiplyAdd(x.Row(row), alpha, destination, destination);
}
