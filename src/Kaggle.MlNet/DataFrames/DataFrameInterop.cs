using Kaggle.Core.Data;
using Microsoft.Data.Analysis;

namespace Kaggle.MlNet.DataFrames;

/// <summary>
/// Conversions between our <see cref="Frame"/> and Microsoft.Data.Analysis's <see cref="DataFrame"/>, keeping types and
/// missing values, so competition data read with our CSV reader can be explored in a DataFrame and handed back, and
/// out-of-fold or test predictions come back as one. Read competition files with <c>CsvReader</c>, never with
/// <c>DataFrame.LoadCsv</c>: it infers float32 columns and silently turns an id such as 16777217 into 16777216.
/// </summary>
public static class DataFrameInterop
{
    // Doubles hold every integer up to 2^53 exactly; beyond it an int64 id would be rounded.
    private const long MaxExactInteger = 1L << 53;

    /// <summary>
    /// A DataFrame with one column per frame column: numeric → <see cref="DoubleDataFrameColumn"/> (or
    /// <see cref="Int64DataFrameColumn"/> for the names in <paramref name="int64Columns"/>, such as ids), categorical
    /// and text → <see cref="StringDataFrameColumn"/>, timestamps → <see cref="DateTimeDataFrameColumn"/> (UTC).
    /// Missing values (NaN, missing level, null text, missing time) become nulls.
    /// </summary>
    public static DataFrame ToDataFrame(this Frame frame, IReadOnlyCollection<string>? int64Columns = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var name in int64Columns ?? [])
            if (!frame.Contains(name) || frame[name].Kind != ColumnKind.Numeric)
                throw new ArgumentException($"int64Columns names '{name}', which is not a numeric column of the frame.", nameof(int64Columns));
        var columns = new List<DataFrameColumn>(frame.ColumnCount);
        foreach (var column in frame.Columns)
            columns.Add(ToDataFrameColumn(column, int64Columns?.Contains(column.Name) == true));
        return new DataFrame(columns);
    }

    /// <summary>
    /// A frame with one column per DataFrame column: integer, floating, decimal and Boolean columns → numeric (null →
    /// NaN; an int64 beyond ±2^53, which a double cannot hold exactly, is an error), string columns → categorical (or
    /// text for the names in <paramref name="textColumns"/>), DateTime columns → timestamps (ticks as given, read as UTC).
    /// </summary>
    public static Frame ToFrame(this DataFrame dataFrame, IReadOnlyCollection<string>? textColumns = null)
    {
        ArgumentNullException.ThrowIfNull(dataFrame);
        var columns = new List<Column>(dataFrame.Columns.Count);
        foreach (var column in dataFrame.Columns)
            columns.Add(ToColumn(column, textColumns?.Contains(column.Name) == true));
        return new Frame(columns);
    }

    /// <summary>
    /// Predictions as a DataFrame: the <paramref name="ids"/> column first (int64 when every id is a whole number, as
    /// competition ids are), then one double column per prediction column, named by <paramref name="names"/>
    /// (default <c>prediction</c>, or <c>p0</c>, <c>p1</c>, ... for several). Use it with a cross-validation result's
    /// <c>OutOfFold</c> (training ids) or <c>Test</c> (test ids) matrix.
    /// </summary>
    public static DataFrame Predictions(Column ids, Matrix predictions, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(predictions);
        if (ids.Length != predictions.RowCount)
            throw new ArgumentException($"ids has {ids.Length} rows but predictions has {predictions.RowCount}.", nameof(predictions));
        names ??= predictions.ColumnCount == 1 ? ["prediction"] : Enumerable.Range(0, predictions.ColumnCount).Select(k => $"p{k}").ToArray();
        if (names.Count != predictions.ColumnCount)
            throw new ArgumentException($"names has {names.Count} entries but predictions has {predictions.ColumnCount} columns.", nameof(names));
        var wholeIds = ids is NumericColumn numeric && IsWhole(numeric.Values);
        var columns = new List<DataFrameColumn> { ToDataFrameColumn(ids, wholeIds) };
        for (var k = 0; k < predictions.ColumnCount; k++)
            columns.Add(new DoubleDataFrameColumn(names[k], predictions.Column(k)));
        return new DataFrame(columns);
    }

    private static DataFrameColumn ToDataFrameColumn(Column column, bool asInt64) => column switch
    {
        NumericColumn n when asInt64 => new Int64DataFrameColumn(n.Name, Int64Values(n)),
        NumericColumn n => new DoubleDataFrameColumn(n.Name, n.ToArray().Select(v => double.IsNaN(v) ? (double?)null : v)),
        CategoricalColumn c => new StringDataFrameColumn(c.Name, Enumerable.Range(0, c.Length).Select(i => c[i])),
        TextColumn t => new StringDataFrameColumn(t.Name, t.Values.ToArray()),
        TimestampColumn s => new DateTimeDataFrameColumn(s.Name, Enumerable.Range(0, s.Length).Select(i => s[i])),
        _ => throw new ArgumentException($"Column '{column.Name}' is {column.Kind}, which has no DataFrame counterpart.", nameof(column)),
    };

    private static long?[] Int64Values(NumericColumn column)
    {
        var values = new long?[column.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = column[i];
            if (double.IsNaN(v)) continue;
            if (v != Math.Floor(v) || Math.Abs(v) > MaxExactInteger)
                throw new ArgumentException($"Column '{column.Name}' row {i} holds {v}, which is not a whole number a double holds exactly; it cannot be an int64 column.");
            values[i] = (long)v;
        }
        return values;
    }

    private static Column ToColumn(DataFrameColumn column, bool asText)
    {
        var n = checked((int)column.Length);
        switch (column)
        {
            case StringDataFrameColumn s:
                var strings = new string?[n];
                for (var i = 0; i < n; i++) strings[i] = s[i];
                return asText ? new TextColumn(s.Name, strings) : CategoricalColumn.FromStrings(s.Name, strings);
            case DateTimeDataFrameColumn d:
                var ticks = new long[n];
                for (var i = 0; i < n; i++) ticks[i] = d[i] is { } t ? t.Ticks : TimestampColumn.Missing;
                return new TimestampColumn(d.Name, ticks);
            case Int64DataFrameColumn l:
                var longs = new double[n];
                for (var i = 0; i < n; i++)
                {
                    if (l[i] is not { } v) { longs[i] = double.NaN; continue; }
                    if (Math.Abs(v) > MaxExactInteger)
                        throw new ArgumentException($"DataFrame column '{l.Name}' row {i} holds {v}, beyond ±2^53: a double column would round it. Keep it as a string column.");
                    longs[i] = v;
                }
                return new NumericColumn(l.Name, longs);
            case BooleanDataFrameColumn b:
                var flags = new double[n];
                for (var i = 0; i < n; i++) flags[i] = b[i] is { } v ? (v ? 1 : 0) : double.NaN;
                return new NumericColumn(b.Name, flags);
            default:
                if (!IsNumeric(column.DataType))
                    throw new ArgumentException($"DataFrame column '{column.Name}' holds {column.DataType.Name}, which has no Frame counterpart (numbers, Boolean, string, DateTime).");
                var values = new double[n];
                for (var i = 0; i < n; i++) values[i] = column[i] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;
                return new NumericColumn(column.Name, values);
        }
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
        || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) || type == typeof(decimal);

    private static bool IsWhole(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
            if (double.IsNaN(v) || v != Math.Floor(v) || Math.Abs(v) > MaxExactInteger)
                return false;
        return true;
    }
}
