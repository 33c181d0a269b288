using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Kaggle.Core.Data;

/// <summary>
/// Finds field and row boundaries (RFC 4180) in a block of bytes. The bytes are scanned 64 at a time for the three structural
/// characters (delimiter, quote, LF) with SIMD compares, as simdjson and Sep do; only those positions run the state machine,
/// so a numeric file costs about one branch per field. <see cref="UseSimd"/> off gives the scalar reference the tests compare to.
/// </summary>
/// <remarks>
/// A quote opens a quoted field only as the field's first byte (elsewhere it is a literal, as in Python's csv module and pandas);
/// inside quotes a doubled quote is one quote, and delimiters and newlines are data. A closing quote must be followed by a delimiter,
/// a line end or the end of the file. A row ends at LF; a CR before it is dropped from the last field later (<see cref="CsvBlock.FieldEnd"/>).
/// With more than one column, blank lines are skipped; with one column a blank line is a row with an empty field.
/// </remarks>
internal sealed class CsvTokenizer
{
    private const int ChunkBytes = 64;

    private readonly byte _delimiter;
    private readonly int _columns;

    public CsvTokenizer(byte delimiter, int columns)
    {
        _delimiter = delimiter;
        _columns = columns;
    }

    /// <summary>Whether to scan with vector instructions; the scalar path is the reference implementation.</summary>
    public bool UseSimd { get; init; } = Vector128.IsHardwareAccelerated;

    /// <summary>
    /// Tokenizes <paramref name="block"/>. With <paramref name="final"/> the bytes end at the end of the file (or exactly after a
    /// row's LF), so a last row without LF counts and an open quote is an error. Without it, the scan stops at the last complete
    /// row and the return value says how many bytes that is (the caller carries the rest over to the next block).
    /// </summary>
    public int Tokenize(CsvBlock block, bool final)
    {
        var buffer = block.Buffer;
        var length = block.Length;
        var columns = _columns;
        var delimiter = _delimiter;
        var skipBlank = columns > 1;

        var terminators = new int[Math.Max(columns * 16, length / 8)];
        var rowStarts = new int[Math.Max(16, terminators.Length / columns)];
        var rows = 0;
        var rowBase = 0;
        var field = 0;
        var rowStart = 0;
        var fieldStart = 0;
        var inQuotes = false;
        var quoteStart = 0;
        var skipAt = -1;
        var newlines = 0;
        var consumed = 0;

        for (var chunk = 0; chunk < length; chunk += ChunkBytes)
        {
            var mask = chunk + ChunkBytes <= length && UseSimd
                ? StructuralMaskSimd(ref buffer[chunk], delimiter)
                : StructuralMaskScalar(buffer.AsSpan(chunk, Math.Min(ChunkBytes, length - chunk)), delimiter);
            while (mask != 0)
            {
                var i = chunk + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (i == skipAt) continue;
                var c = buffer[i];
                if (inQuotes)
                {
                    if (c == '\n')
                    {
                        newlines++;
                        continue;
                    }
                    if (c != '"') continue;
                    var next = i + 1;
                    if (next >= length - 1 && !final) goto Partial; // cannot see what follows the quote yet
                    if (next < length && buffer[next] == '"')
                    {
                        skipAt = next;
                        continue;
                    }
                    inQuotes = false;
                    if (next < length && !EndsField(buffer, next, length, delimiter))
                        return Fail(block, next, field + 1, "expected a delimiter or the end of the line after a closing quote");
                    continue;
                }
                if (c == delimiter)
                {
                    if (field < columns - 1) terminators[rowBase + field] = i;
                    field++;
                    fieldStart = i + 1;
                }
                else if (c == '\n')
                {
                    newlines++;
                    if (field == 0 && skipBlank && IsBlank(buffer, rowStart, i))
                    {
                        rowStart = fieldStart = consumed = i + 1;
                        continue;
                    }
                    if (field != columns - 1)
                        return Fail(block, i, field + 1 < columns ? field + 2 : columns + 1, $"expected {columns} fields but found {field + 1}");
                    terminators[rowBase + field] = i;
                    if (rows == rowStarts.Length) Array.Resize(ref rowStarts, rows * 2);
                    rowStarts[rows++] = rowStart;
                    rowBase += columns;
                    if (rowBase + columns > terminators.Length) Array.Resize(ref terminators, Math.Max(terminators.Length * 2, rowBase + columns));
                    field = 0;
                    rowStart = fieldStart = consumed = i + 1;
                }
                else if (i == fieldStart)
                {
                    inQuotes = true;
                    quoteStart = i;
                }
            }
        }

        if (final)
        {
            if (inQuotes)
                return Fail(block, quoteStart, field + 1, "unterminated quoted field: expected a closing quote before the end of the file");
            var blank = field == 0 && (rowStart == length || (skipBlank && IsBlank(buffer, rowStart, length)));
            if (!blank)
            {
                if (field != columns - 1)
                    return Fail(block, length, field + 1 < columns ? field + 2 : columns + 1, $"expected {columns} fields but found {field + 1}");
                terminators[rowBase + field] = length;
                if (rows == rowStarts.Length) Array.Resize(ref rowStarts, rows + 1);
                rowStarts[rows++] = rowStart;
            }
            consumed = length;
        }

    Partial:
        block.Terminators = terminators;
        block.RowStarts = rowStarts;
        block.RowCount = rows;
        block.NewlineCount = CountNewlines(newlines, buffer, consumed, length, final);
        block.Tokenized = true;
        return consumed;
    }

    /// <summary>A bit per byte of the 64 at <paramref name="start"/>: set where the byte is the delimiter, a quote or LF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong StructuralMaskSimd(ref byte start, byte delimiter)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var v = Vector512.LoadUnsafe(ref start);
            return (Vector512.Equals(v, Vector512.Create(delimiter)) | Vector512.Equals(v, Vector512.Create((byte)'"'))
                | Vector512.Equals(v, Vector512.Create((byte)'\n'))).ExtractMostSignificantBits();
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var d = Vector256.Create(delimiter);
            var q = Vector256.Create((byte)'"');
            var n = Vector256.Create((byte)'\n');
            var a = Vector256.LoadUnsafe(ref start);
            var b = Vector256.LoadUnsafe(ref start, 32);
            ulong low = (Vector256.Equals(a, d) | Vector256.Equals(a, q) | Vector256.Equals(a, n)).ExtractMostSignificantBits();
            ulong high = (Vector256.Equals(b, d) | Vector256.Equals(b, q) | Vector256.Equals(b, n)).ExtractMostSignificantBits();
            return low | (high << 32);
        }
        ulong mask = 0;
        for (nuint k = 0; k < ChunkBytes; k += 16)
        {
            var v = Vector128.LoadUnsafe(ref start, k);
            ulong bits = (Vector128.Equals(v, Vector128.Create(delimiter)) | Vector128.Equals(v, Vector128.Create((byte)'"'))
                | Vector128.Equals(v, Vector128.Create((byte)'\n'))).ExtractMostSignificantBits();
            mask |= bits << (int)k;
        }
        return mask;
    }

    private static ulong StructuralMaskScalar(ReadOnlySpan<byte> bytes, byte delimiter)
    {
        ulong mask = 0;
        for (var k = 0; k < bytes.Length; k++)
        {
            var b = bytes[k];
            if (b == delimiter || b == '"' || b == '\n') mask |= 1UL << k;
        }
        return mask;
    }

    private static bool EndsField(byte[] buffer, int position, int length, byte delimiter)
    {
        var b = buffer[position];
        return b == delimiter || b == '\n' || (b == '\r' && (position + 1 == length || buffer[position + 1] == '\n'));
    }

    private static bool IsBlank(byte[] buffer, int rowStart, int end) =>
        end == rowStart || (end == rowStart + 1 && buffer[rowStart] == '\r');

    // A partial scan may have counted newlines past the last complete row; the block only owns those before `consumed`.
    private static int CountNewlines(int counted, byte[] buffer, int consumed, int length, bool final) =>
        final || consumed == length ? counted : counted - buffer.AsSpan(consumed, length - consumed).Count((byte)'\n');

    private static int Fail(CsvBlock block, int position, int column, string problem)
    {
        block.Error = new CsvBlockError(position, column, problem);
        block.Tokenized = true;
        return -1;
    }
}
