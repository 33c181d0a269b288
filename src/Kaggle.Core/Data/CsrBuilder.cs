namespace Kaggle.Core.Data;

/// <summary>
/// Builds a <see cref="CsrMatrix"/> row by row: <see cref="Add"/> the entries of a row with increasing column
/// indices, <see cref="EndRow"/>, repeat, then <see cref="Build"/>. Not thread-safe; one builder per matrix.
/// </summary>
public sealed class CsrBuilder
{
    private readonly int _columnCount;
    private readonly List<int> _rowPointers = [0];
    private readonly List<int> _columnIndices;
    private readonly List<double> _values;
    private int _lastColumn = -1;

    /// <summary>Starts an empty matrix of <paramref name="columnCount"/> columns; <paramref name="capacity"/> entries are reserved.</summary>
    public CsrBuilder(int columnCount, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _columnCount = columnCount;
        _columnIndices = new List<int>(capacity);
        _values = new List<double>(capacity);
    }

    /// <summary>The rows finished so far.</summary>
    public int RowCount => _rowPointers.Count - 1;

    /// <summary>Appends an entry to the current row; <paramref name="column"/> must exceed the row's previous one.</summary>
    public void Add(int column, double value)
    {
        if (column <= _lastColumn || column >= _columnCount)
            Throw.Argument($"Row {RowCount}: column {column} after {_lastColumn}; columns must increase strictly within [0, {_columnCount}).", nameof(column));
        _columnIndices.Add(column);
        _values.Add(value);
        _lastColumn = column;
    }

    /// <summary>Finishes the current row (a row with no entries is an all-zero row).</summary>
    public void EndRow()
    {
        _rowPointers.Add(_values.Count);
        _lastColumn = -1;
    }

    /// <summary>The matrix of the finished rows; entries added after the last <see cref="EndRow"/> are an error.</summary>
    public CsrMatrix Build()
    {
        if (_rowPointers[^1] != _values.Count)
            Throw.InvalidOperation($"Row {RowCount} has entries but was not ended; call EndRow before Build.");
        return CsrMatrix.Trusted(RowCount, _columnCount, [.. _rowPointers], [.. _columnIndices], [.. _values]);
    }
}
