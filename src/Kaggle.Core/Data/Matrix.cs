using System.Runtime.InteropServices;

namespace Kaggle.Core.Data;

/// <summary>
/// A dense row-major matrix of <see cref="double"/> values: the input of every learner.
/// Row <c>i</c> occupies <c>[i * ColumnCount, (i + 1) * ColumnCount)</c> of <see cref="Values"/>.
/// Missing values are <see cref="double.NaN"/>; learners that cannot handle them say so.
/// </summary>
public sealed class Matrix
{
    private readonly double[] _values;

    /// <summary>Creates a zero-filled matrix.</summary>
    public Matrix(int rowCount, int columnCount)
        : this(rowCount, columnCount, CheckedArray(rowCount, columnCount)) { }

    /// <summary>Wraps <paramref name="values"/> (row-major, not copied) as a matrix.</summary>
    public Matrix(int rowCount, int columnCount, double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rowCount * columnCount != values.Length)
            throw new ArgumentException($"A {rowCount}x{columnCount} matrix needs {(long)rowCount * columnCount} values but {values.Length} were given.", nameof(values));
        RowCount = rowCount;
        ColumnCount = columnCount;
        _values = values;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>All values, row-major. Writable: the matrix owns no invariants over them.</summary>
    public Span<double> Values => _values;

    /// <summary>The backing array, for kernels that need it (BLAS, pinning).</summary>
    public double[] Array => _values;

    public ref double this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
            if ((uint)column >= (uint)ColumnCount) Throw.ColumnOutOfRange(column, ColumnCount);
            return ref _values[(row * ColumnCount) + column];
        }
    }

    public Span<double> Row(int row)
    {
        if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
        return _values.AsSpan(row * ColumnCount, ColumnCount);
    }

    /// <summary>Copies column <paramref name="column"/> into a new array.</summary>
    public double[] Column(int column)
    {
        if ((uint)column >= (uint)ColumnCount) Throw.ColumnOutOfRange(column, ColumnCount);
        var result = new double[RowCount];
        for (var i = 0; i < result.Length; i++)
            result[i] = _values[(i * ColumnCount) + column];
        return result;
    }

    /// <summary>Copies the given rows, in the given order, into a new matrix.</summary>
    public Matrix Rows(ReadOnlySpan<int> rows)
    {
        var result = new Matrix(rows.Length, ColumnCount);
        for (var i = 0; i < rows.Length; i++)
            Row(rows[i]).CopyTo(result.Row(i));
        return result;
    }

    /// <summary>Copies the given columns, in the given order, into a new matrix.</summary>
    public Matrix Columns(ReadOnlySpan<int> columns)
    {
        foreach (var c in columns)
            if ((uint)c >= (uint)ColumnCount) Throw.ColumnOutOfRange(c, ColumnCount);
        var result = new Matrix(RowCount, columns.Length);
        for (var i = 0; i < RowCount; i++)
        {
            var source = Row(i);
            var target = result.Row(i);
            for (var j = 0; j < columns.Length; j++)
                target[j] = source[columns[j]];
        }
        return result;
    }

    public Matrix Clone() => new(RowCount, ColumnCount, (double[])_values.Clone());

    /// <summary>Builds a matrix from equally long columns.</summary>
    public static Matrix FromColumns(IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var rowCount = columns.Count == 0 ? 0 : columns[0].Length;
        var result = new Matrix(rowCount, columns.Count);
        for (var j = 0; j < columns.Count; j++)
        {
            var column = columns[j];
            if (column.Length != rowCount)
                throw new ArgumentException($"Column {j} has {column.Length} rows but column 0 has {rowCount}.", nameof(columns));
            for (var i = 0; i < rowCount; i++)
                result._values[(i * columns.Count) + j] = column[i];
        }
        return result;
    }

    /// <summary>Builds a matrix from rows given as arrays (tests and small examples).</summary>
    public static Matrix FromRows(params double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columnCount = rows.Length == 0 ? 0 : rows[0].Length;
        var result = new Matrix(rows.Length, columnCount);
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != columnCount)
                throw new ArgumentException($"Row {i} has {rows[i].Length} values but row 0 has {columnCount}.", nameof(rows));
            rows[i].CopyTo(result.Row(i));
        }
        return result;
    }

    /// <summary>A one-column matrix holding <paramref name="values"/> (copied).</summary>
    public static Matrix FromColumn(ReadOnlySpan<double> values) => new(values.Length, 1, values.ToArray());

    /// <summary>Reinterprets the values as bytes, e.g. for hashing or binary persistence.</summary>
    public ReadOnlySpan<byte> AsBytes() => MemoryMarshal.AsBytes(Values);

    public override string ToString() => $"Matrix {RowCount}x{ColumnCount}";

    private static double[] CheckedArray(int rowCount, int columnCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        var length = (long)rowCount * columnCount;
        if (length > System.Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(rowCount), $"A {rowCount}x{columnCount} matrix has more values than an array can hold.");
        return new double[length];
    }
}
