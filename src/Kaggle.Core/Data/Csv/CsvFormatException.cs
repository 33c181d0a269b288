namespace Kaggle.Core.Data;

/// <summary>
/// A CSV file that does not follow the format (or a value that does not fit its column's kind). The message names the file,
/// the 1-based physical line and field column, the column's header when known, and what was expected, e.g.
/// <c>train.csv line 17, column 4 (Age): expected 12 fields but found 11</c>. It derives from <see cref="FormatException"/>
/// because <see cref="InvalidDataException"/> is sealed.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    public CsvFormatException()
    {
        FileName = "";
    }

    public CsvFormatException(string message)
        : base(message)
    {
        FileName = "";
    }

    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "";
    }

    /// <summary>An error at a place in a file; <paramref name="line"/> or <paramref name="column"/> may be 0 when not applicable.</summary>
    public CsvFormatException(string fileName, long line, int column, string? columnName, string problem, Exception? innerException = null)
        : base(Describe(fileName, line, column, columnName, problem), innerException)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        ColumnName = columnName;
    }

    /// <summary>The file (or stream source name) being read.</summary>
    public string FileName { get; }

    /// <summary>1-based physical line (embedded newlines count), 0 when the error is about the whole file.</summary>
    public long Line { get; }

    /// <summary>1-based field number within the line, 0 when the error is about a whole line or file.</summary>
    public int Column { get; }

    /// <summary>The header name of <see cref="Column"/>, when the header has been read and the column exists.</summary>
    public string? ColumnName { get; }

    private static string Describe(string fileName, long line, int column, string? columnName, string problem)
    {
        var where = fileName;
        if (line > 0) where += $" line {line}";
        if (column > 0) where += $", column {column}";
        if (columnName is not null) where += $" ({columnName})";
        return $"{where}: {problem}";
    }
}
