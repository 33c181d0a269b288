namespace Kaggle.Core.Data;

/// <summary>
/// A compressed sparse row matrix (https://en.wikipedia.org/wiki/Sparse_matrix#Compressed_sparse_row_(CSR,_CRS_or_Yale_format)):
/// row <c>i</c> holds the entries <c>[RowPointers[i], RowPointers[i+1])</c> of <see cref="ColumnIndices"/> and
/// <see cref="Values"/>, with column indices strictly increasing within a row. Entries not stored are 0; a stored NaN
/// is a missing value. Row pointers are <see cref="int"/>: a .NET array holds at most <see cref="Array.MaxLength"/>
/// values, so no CSR matrix this type can hold has more entries than an int counts. Immutable.
/// </summary>
public sealed class CsrMatrix
{
    private readonly int[] _rowPointers;
    private readonly int[] _columnIndices;
    private readonly double[] _values;

    /// <summary>
    /// Wraps the three CSR arrays without copying. Checks their lengths, that row pointers never decrease, and
    /// that each row's column indices are strictly increasing and inside <c>[0, columnCount)</c>.
    /// </summary>
    public CsrMatrix(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentNullException.ThrowIfNull(rowPointers);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowPointers.Length != rowCount + 1)
            Throw.Argument($"{rowCount} rows need {rowCount + 1} row pointers but {rowPointers.Length} were given.", nameof(rowPointers));
        if (columnIndices.Length != values.Length)
            Throw.Argument($"{columnIndices.Length} column indices but {values.Length} values were given.", nameof(values));
        if (rowPointers[0] != 0 || rowPointers[rowCount] != values.Length)
            Throw.Argument($"Row pointers must start at 0 and end at the entry count {values.Length}; they run from {rowPointers[0]} to {rowPointers[rowCount]}.", nameof(rowPointers));
        for (var i = 0; i < rowCount; i++)
        {
            if (rowPointers[i + 1] < rowPointers[i])
                Throw.Argument($"Row pointer {i + 1} ({rowPointers[i + 1]}) is below row pointer {i} ({rowPointers[i]}).", nameof(rowPointers));
            var previous = -1;
            for (var k = rowPointers[i]; k < rowPointers[i + 1]; k++)
            {
                var column = columnIndices[k];
                if (column <= previous || column >= columnCount)
                    Throw.Argument($"Row {i} has column index {column} after {previous}; indices must increase strictly within [0, {columnCount}).", nameof(columnIndices));
                previous = column;
            }
        }
        RowCount = rowCount;
        ColumnCount = columnCount;
        _rowPointers = rowPointers;
        _columnIndices = columnIndices;
        _values = values;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>The number of stored entries.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>RowCount + 1 offsets into <see cref="ColumnIndices"/> and <see cref="Values"/>.</summary>
    public ReadOnlySpan<int> RowPointers => _rowPointers;

    public ReadOnlySpan<int> ColumnIndices => _columnIndices;

    public ReadOnlySpan<double> Values => _values;

    /// <summary>The bytes a dense copy would take (8 per cell), for messages that weigh densifying.</summary>
    public long DenseBytes => (long)RowCount * ColumnCount * sizeof(double);

    /// <summary>The column indices of row <paramref name="row"/>'s stored entries, increasing.</summary>
    public ReadOnlySpan<int> RowIndices(int row)
    {
        if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
        return _columnIndices.AsSpan(_rowPointers[row], _rowPointers[row + 1] - _rowPointers[row]);
    }

    /// <summary>The values of row <paramref name="row"/>'s stored entries, in the order of <see cref="RowIndices"/>.</summary>
    public ReadOnlySpan<double> RowValues(int row)
    {
        if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
        return _values.AsSpan(_rowPointers[row], _rowPointers[row + 1] - _rowPointers[row]);
    }

    /// <summary>Copies the given rows, in the given order (repeats allowed), into a new matrix.</summary>
    public CsrMatrix Rows(ReadOnlySpan<int> rows)
    {
        var pointers = new int[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
            pointers[i + 1] = checked(pointers[i] + _rowPointers[row + 1] - _rowPointers[row]);
        }
        var indices = new int[pointers[rows.Length]];
        var values = new double[indices.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var start = _rowPointers[rows[i]];
            var length = pointers[i + 1] - pointers[i];
            _columnIndices.AsSpan(start, length).CopyTo(indices.AsSpan(pointers[i]));
            _values.AsSpan(start, length).CopyTo(values.AsSpan(pointers[i]));
        }
        return Trusted(rows.Length, ColumnCount, pointers, indices, values);
    }

    /// <summary><c>destination = X · vector</c>: one dot product per row (<paramref name="vector"/> has ColumnCount values).</summary>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> destination)
    {
        if (vector.Length != ColumnCount)
            Throw.Argument($"The vector has {vector.Length} values but the matrix has {ColumnCount} columns.", nameof(vector));
        if (destination.Length != RowCount)
            Throw.Argument($"destination has {destination.Length} values but the matrix has {RowCount} rows.", nameof(destination));
        for (var i = 0; i < RowCount; i++)
        {
            var start = _rowPointers[i];
            var length = _rowPointers[i + 1] - start;
            destination[i] = SparseKernels.Dot(_columnIndices.AsSpan(start, length), _values.AsSpan(start, length), vector);
        }
    }

    /// <summary>
    /// <c>destination = Xᵀ · vector</c> without forming the transpose: each row scatters its entries times
    /// <c>vector[row]</c> into <paramref name="destination"/> (ColumnCount values, overwritten).
    /// </summary>
    public void MultiplyTransposed(ReadOnlySpan<double> vector, Span<double> destination)
    {
        if (vector.Length != RowCount)
            Throw.Argument($"The vector has {vector.Length} values but the matrix has {RowCount} rows.", nameof(vector));
        if (destination.Length != ColumnCount)
            Throw.Argument($"destination has {destination.Length} values but the matrix has {ColumnCount} columns.", nameof(destination));
        destination.Clear();
        for (var i = 0; i < RowCount; i++)
        {
            var start = _rowPointers[i];
            var length = _rowPointers[i + 1] - start;
            SparseKernels.AddScaled(_columnIndices.AsSpan(start, length), _values.AsSpan(start, length), vector[i], destination);
        }
    }

    /// <summary>A dense copy (zeros filled in). Costs <see cref="DenseBytes"/>.</summary>
    public Matrix ToDense()
    {
        var dense = new Matrix(RowCount, ColumnCount);
        for (var i = 0; i < RowCount; i++)
        {
            var row = dense.Row(i);
            for (var k = _rowPointers[i]; k < _rowPointers[i + 1]; k++) row[_columnIndices[k]] = _values[k];
        }
        return dense;
    }

    /// <summary>The non-zero (and NaN) cells of a dense matrix as CSR.</summary>
    public static CsrMatrix FromDense(Matrix dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var builder = new CsrBuilder(dense.ColumnCount);
        for (var i = 0; i < dense.RowCount; i++)
        {
            var row = dense.Row(i);
            for (var j = 0; j < row.Length; j++)
                if (row[j] != 0) builder.Add(j, row[j]);
            builder.EndRow();
        }
        return builder.Build();
    }

    /// <summary>Stacks two matrices with the same column count vertically.</summary>
    public static CsrMatrix VerticalStack(CsrMatrix top, CsrMatrix bottom)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(bottom);
        if (top.ColumnCount != bottom.ColumnCount)
            Throw.Argument($"The top matrix has {top.ColumnCount} columns but the bottom one {bottom.ColumnCount}.", nameof(bottom));
        var pointers = new int[top.RowCount + bottom.RowCount + 1];
        top._rowPointers.CopyTo(pointers, 0);
        for (var i = 1; i <= bottom.RowCount; i++) pointers[top.RowCount + i] = checked(top.NonZeroCount + bottom._rowPointers[i]);
        return Trusted(pointers.Length - 1, top.ColumnCount, pointers, [.. top._columnIndices, .. bottom._columnIndices], [.. top._values, .. bottom._values]);
    }

    public override string ToString() => $"CsrMatrix {RowCount}x{ColumnCount}, {NonZeroCount} stored";

    /// <summary>Wraps arrays this assembly built correctly, skipping the O(entries) checks.</summary>
    internal static CsrMatrix Trusted(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values) =>
        new(rowCount, columnCount, rowPointers, columnIndices, values, trusted: true);

    private CsrMatrix(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values, bool trusted)
    {
        _ = trusted;
        RowCount = rowCount;
        ColumnCount = columnCount;
        _rowPointers = rowPointers;
        _columnIndices = columnIndices;
        _values = values;
    }
}
