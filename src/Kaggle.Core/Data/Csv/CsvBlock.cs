using System.Runtime.CompilerServices;

namespace Kaggle.Core.Data;

/// <summary>
/// A run of whole CSV rows as raw bytes plus, once tokenized, where each field ends. Field (r, c) spans
/// [<see cref="FieldStart"/>, <see cref="FieldEnd"/>): its bytes still include surrounding quotes and doubled inner quotes.
/// </summary>
internal sealed class CsvBlock
{
    public CsvBlock(byte[] buffer, int length, int index)
    {
        Buffer = buffer;
        Length = length;
        Index = index;
        Terminators = [];
        RowStarts = [];
    }

    /// <summary>The bytes; only the first <see cref="Length"/> belong to the block.</summary>
    public byte[] Buffer { get; }

    /// <summary>Bytes that belong to the block (whole rows); a block tokenized while reading is shortened to its last complete row.</summary>
    public int Length { get; set; }

    /// <summary>Position of the block in the file (0 = the first block after the header).</summary>
    public int Index { get; }

    public bool Tokenized { get; set; }

    public int RowCount { get; set; }

    /// <summary>Row r's field c ends at the delimiter or '\n' at <c>Terminators[r * columns + c]</c> (or at <see cref="Length"/> for a last row without a newline).</summary>
    public int[] Terminators { get; set; }

    public int[] RowStarts { get; set; }

    /// <summary>How many '\n' bytes the block holds (row ends, blank lines and newlines inside quotes), for line numbers.</summary>
    public int NewlineCount { get; set; }

    /// <summary>The first format error in the block, if any; its position is block-relative.</summary>
    public CsvBlockError? Error { get; set; }

    /// <summary>1-based physical line of the block's first byte; set once all blocks before it are tokenized.</summary>
    public long FirstLine { get; set; }

    /// <summary>The first row of the block in the frame.</summary>
    public int FirstRow { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FieldStart(int row, int column, int columns) =>
        column == 0 ? RowStarts[row] : Terminators[(row * columns) + column - 1] + 1;

    /// <summary>Exclusive end of a field; a CR before the row's LF is not part of the last field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FieldEnd(int row, int column, int columns, int start)
    {
        var end = Terminators[(row * columns) + column];
        if (column == columns - 1 && end > start && Buffer[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>The 1-based physical line holding byte <paramref name="position"/> of the block.</summary>
    public long LineOf(int position) => FirstLine + Buffer.AsSpan(0, Math.Min(position, Length)).Count((byte)'\n');
}

/// <summary>A format problem found while tokenizing a block, at a block-relative byte position and 1-based field number.</summary>
internal sealed record CsvBlockError(int Position, int Column, string Problem);
