using System.Globalization;
using System.Runtime.CompilerServices;

namespace Kaggle.Core.Data;

/// <summary>
/// The first conversion pass: every column that may be numeric is parsed straight from the block bytes into its final
/// <see cref="double"/> array, blocks in parallel (each writes only its own rows, so the result does not depend on the schedule).
/// A column stops being parsed in a block at its first non-number; the earliest such row across blocks decides the column.
/// Infinities ("inf", "Infinity", overflow such as 1e400) count as numbers for that decision, so the column stays numeric and the
/// reader can report them; with <c>infinityAsMissing</c> they are stored as missing instead.
/// </summary>
internal static class CsvNumericParser
{
    /// <summary>
    /// Parses the columns <paramref name="columns"/> (file indices). Returns one array per column and, per column, the first row
    /// (across the file) whose value is not a number and the first whose value is infinite, or -1.
    /// </summary>
    public static (double[][] Values, int[] FirstFailure, int[] FirstInfinity) Parse(
        CsvSource source, int[] columns, CsvMissing[] missing, bool infinityAsMissing, ParallelOptions parallel)
    {
        var rows = source.RowCount;
        var values = new double[columns.Length][];
        for (var t = 0; t < columns.Length; t++) values[t] = GC.AllocateUninitializedArray<double>(rows);
        var blocks = source.Blocks;
        var failures = new int[blocks.Count * columns.Length];
        var infinities = new int[blocks.Count * columns.Length];
        Parallel.For(0, blocks.Count, parallel, b =>
            ParseBlock(blocks[b], source.Header.Length, columns, missing, infinityAsMissing, values,
                failures.AsSpan(b * columns.Length, columns.Length), infinities.AsSpan(b * columns.Length, columns.Length)));
        return (values, Earliest(blocks, failures, columns.Length), Earliest(blocks, infinities, columns.Length));
    }

    /// <summary>Per column, the first block-relative row recorded in block order, as a file row; -1 when none.</summary>
    private static int[] Earliest(List<CsvBlock> blocks, int[] rows, int columns)
    {
        var first = new int[columns];
        for (var t = 0; t < columns; t++)
        {
            first[t] = -1;
            for (var b = 0; b < blocks.Count; b++)
            {
                var row = rows[(b * columns) + t];
                if (row < 0) continue;
                first[t] = blocks[b].FirstRow + row;
                break;
            }
        }
        return first;
    }

    private static void ParseBlock(CsvBlock block, int fileColumns, int[] columns, CsvMissing[] missing, bool infinityAsMissing,
        double[][] values, Span<int> failures, Span<int> infinities)
    {
        failures.Fill(-1);
        infinities.Fill(-1);
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
                    if (double.IsInfinity(value))
                    {
                        if (infinityAsMissing) value = double.NaN;
                        else if (infinities[t] < 0) infinities[t] = r;
                    }
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
    /// missing (no string is a number, and fully quoted exports write missing numbers as <c>""</c>). Besides the runtime's
    /// spellings ("Infinity", "NaN" in any case) "inf" with an optional sign is infinity, as pandas and numpy write it.
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
        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || TryParseInf(field, out value);
    }

    private static bool TryParseInf(ReadOnlySpan<byte> field, out double value)
    {
        field = field.Trim((byte)' ');
        var negative = field.Length > 0 && field[0] == '-';
        if (field.Length > 0 && field[0] is (byte)'-' or (byte)'+') field = field[1..];
        value = negative ? double.NegativeInfinity : double.PositiveInfinity;
        return System.Text.Ascii.EqualsIgnoreCase(field, "inf"u8);
    }
}
