using System.Globalization;
using System.Runtime.CompilerServices;

namespace Kaggle.Core.Data;

/// <summary>
/// The first conversion pass: every column that may be numeric is parsed straight from the block bytes into its final
/// <see cref="double"/> array, blocks in parallel (each writes only its own rows, so the result does not depend on the schedule).
/// A column stops being parsed in a block at its first non-number; the earliest such row across blocks decides the column.
/// </summary>
internal static class CsvNumericParser
{
    /// <summary>
    /// Parses the columns <paramref name="columns"/> (file indices). Returns one array per column and, per column, the first row
    /// (across the file) whose value is not a number, or -1.
    /// </summary>
    public static (double[][] Values, int[] FirstFailure) Parse(CsvSource source, int[] columns, CsvMissing[] missing, ParallelOptions parallel)
    {
        var rows = source.RowCount;
        var values = new double[columns.Length][];
        for (var t = 0; t < columns.Length; t++) values[t] = GC.AllocateUninitializedArray<double>(rows);
        var blocks = source.Blocks;
        var failures = new int[blocks.Count * columns.Length];
        Parallel.For(0, blocks.Count, parallel, b =>
            ParseBlock(blocks[b], source.Header.Length, columns, missing, values, failures.AsSpan(b * columns.Length, columns.Length)));

        var first = new int[columns.Length];
        for (var t = 0; t < columns.Length; t++)
        {
            first[t] = -1;
            for (var b = 0; b < blocks.Count; b++)
            {
                var failure = failures[(b * columns.Length) + t];
                if (failure < 0) continue;
                first[t] = blocks[b].FirstRow + failure;
                break;
            }
        }
        return (values, first);
    }

    private static void ParseBlock(CsvBlock block, int fileColumns, int[] columns, CsvMissing[] missing, double[][] values, Span<int> failures)
    {
        failures.Fill(-1);
        var active = columns.Length;
        var buffer = block.Buffer;
        var terminators = block.Terminators;
        var rowStarts = block.RowStarts;
        var firstRow = block.FirstRow;
        var last = fileColumns - 1;
        for (var r = 0; r < block.RowCount && active > 0; r++)
        {
            var rowBase = r * fileColumns;
            for (var t = 0; t < columns.Length; t++)
            {
                if (failures[t] >= 0) continue;
                var c = columns[t];
                var start = c == 0 ? rowStarts[r] : terminators[rowBase + c - 1] + 1;
                var end = terminators[rowBase + c];
                if (c == last && end > start && buffer[end - 1] == '\r') end--;
                if (TryParseField(buffer, start, end - start, missing[t], out var value))
                {
                    values[t][firstRow + r] = value;
                }
                else
                {
                    failures[t] = r;
                    active--;
                }
            }
        }
    }

    /// <summary>
    /// A field as a number: NaN when missing, false when neither. A quoted field is a value, so only a quoted empty field can be
    /// missing (no string is a number, and fully quoted exports write missing numbers as <c>""</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseField(byte[] buffer, int start, int length, CsvMissing missing, out double value)
    {
        // Single digits (flags, labels, small counts, pixel zeros) are common enough for their own exit.
        if (length == 1 && (uint)(buffer[start] - '0') <= 9 && !missing.NumberLike)
        {
            value = buffer[start] - '0';
            return true;
        }
        if (!missing.NumberLike && FastDoubleParser.TryParseShort(buffer.AsSpan(start, Math.Min(FastDoubleParser.PaddedBytes, buffer.Length - start)), length, out value))
            return true;
        var field = buffer.AsSpan(start, length);
        if (field.Length > 0 && field[0] == '"')
        {
            field = field[1..^1];
            value = double.NaN;
            return field.Length == 0 ? missing.Empty : FastDoubleParser.TryParse(field, out value);
        }
        if (missing.NumberLike && missing.Matches(field))
        {
            value = double.NaN;
            return true;
        }
        if (FastDoubleParser.TryParseFast(field, out value)) return true;
        if (missing.Matches(field))
        {
            value = double.NaN;
            return true;
        }
        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
