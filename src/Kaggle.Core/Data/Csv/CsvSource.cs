using System.Text;

namespace Kaggle.Core.Data;

/// <summary>
/// A CSV input as header names plus tokenized blocks of whole rows. Reading is sequential (gzip is inflated on the way, a UTF-8
/// BOM is dropped); blocks without quotes are cut at their last LF and tokenized later in parallel, while a block with quotes is
/// tokenized on the spot because only the state machine knows where its last row ends.
/// </summary>
internal sealed class CsvSource
{
    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    private CsvSource(string name, string[] header, long headerLines, List<CsvBlock> blocks)
    {
        Name = name;
        Header = header;
        HeaderLines = headerLines;
        Blocks = blocks;
    }

    public string Name { get; }

    public string[] Header { get; }

    /// <summary>Physical lines the header occupies (its LF included), so data lines are numbered after it.</summary>
    public long HeaderLines { get; }

    public List<CsvBlock> Blocks { get; }

    public int RowCount => Blocks.Count == 0 ? 0 : Blocks[^1].FirstRow + Blocks[^1].RowCount;

    public static CsvSource Load(Stream stream, string name, CsvReadOptions options, Encoding encoding)
    {
        var input = Decompress(stream, name);
        var delimiter = (byte)options.Delimiter;
        var buffer = new byte[Math.Max(options.BlockSize, 64)];
        var filled = Fill(input, buffer, 0);
        var eof = filled < buffer.Length;
        var offset = buffer.AsSpan(0, filled).StartsWith(s_bom) ? s_bom.Length : 0;
        if (filled == offset)
            throw new CsvFormatException(name, 0, 0, null, "the file is empty: expected a header row");

        int headerEnd;
        while ((headerEnd = CsvHeader.FindEnd(buffer.AsSpan(offset, filled - offset), delimiter, eof)) < 0)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
            filled = Fill(input, buffer, filled);
            eof = filled < buffer.Length;
        }
        var headerBytes = buffer.AsSpan(offset, headerEnd);
        var header = CsvHeader.Parse(headerBytes, delimiter, encoding, name);
        long headerLines = headerBytes.Count((byte)'\n');

        var blocks = ReadBlocks(input, buffer, offset + headerEnd, filled, eof, new CsvTokenizer(delimiter, header.Length), options.BlockSize);
        var source = new CsvSource(name, header, headerLines, blocks);
        source.TokenizeRest(header.Length, delimiter, options.MaxDegreeOfParallelism);
        return source;
    }

    /// <summary>An error about field <paramref name="column"/> (0-based, in file order) of row <paramref name="row"/> of <paramref name="block"/>.</summary>
    public CsvFormatException ErrorAt(CsvBlock block, int row, int column, string problem, Exception? inner = null)
    {
        var position = block.FieldStart(row, column, Header.Length);
        return new CsvFormatException(Name, block.LineOf(position), column + 1, Header[column], problem, inner);
    }

    /// <summary>The same for a row numbered across the whole file (0-based, header excluded).</summary>
    public CsvFormatException ErrorAt(int row, int column, string problem)
    {
        var low = 0;
        var high = Blocks.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Blocks[middle].FirstRow <= row) low = middle;
            else high = middle - 1;
        }
        return ErrorAt(Blocks[low], row - Blocks[low].FirstRow, column, problem);
    }

    private static Stream Decompress(Stream stream, string name)
    {
        var magic = new byte[4];
        var n = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        var whole = new PrefixedStream(magic[..n], stream);
        if (n >= 2 && magic[0] == 0x1F && magic[1] == 0x8B) return new VerifiedGzipStream(whole, name);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            throw new CsvFormatException(name, 0, 0, null, $"the file is named .gz but is not gzip-compressed (it starts with {Preview(magic.AsSpan(0, n))}); "
                + "rename it if it is plain CSV, or download it again");
        if (n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] is 3 or 5)
            throw new CsvFormatException(name, 0, 0, null, "the file is a zip archive, not CSV: extract it first");
        return whole;
    }

    private static string Preview(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 0 ? "nothing: it is empty" : string.Join(' ', bytes.ToArray().Select(b => $"0x{b:X2}"));

    private static int Fill(Stream input, byte[] buffer, int filled) =>
        filled + input.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);

    private static List<CsvBlock> ReadBlocks(Stream input, byte[] first, int start, int filled, bool eof, CsvTokenizer tokenizer, int blockSize)
    {
        var blocks = new List<CsvBlock>();
        // The first chunk: the bytes after the header, moved to the front of a fresh buffer.
        var capacity = Math.Max(blockSize, 64);
        var buffer = GC.AllocateUninitializedArray<byte>(Math.Max(capacity, filled - start));
        first.AsSpan(start, filled - start).CopyTo(buffer);
        filled -= start;
        if (!eof) filled = Fill(input, buffer, filled);
        eof = filled < buffer.Length;

        while (filled > 0)
        {
            if (eof)
            {
                blocks.Add(new CsvBlock(buffer, filled, blocks.Count));
                break;
            }
            int cut;
            var bytes = buffer.AsSpan(0, filled);
            if (!bytes.Contains((byte)'"'))
            {
                cut = bytes.LastIndexOf((byte)'\n') + 1;
                if (cut > 0) blocks.Add(new CsvBlock(buffer, cut, blocks.Count));
            }
            else
            {
                var block = new CsvBlock(buffer, filled, blocks.Count);
                cut = tokenizer.Tokenize(block, final: false);
                if (block.Error is not null)
                {
                    blocks.Add(block);
                    break; // the first error stops the read; earlier blocks are still checked so the earliest error is reported
                }
                if (cut > 0)
                {
                    block.Length = cut;
                    blocks.Add(block);
                }
            }

            // Carry the incomplete last row over; a row longer than the buffer doubles it.
            var rest = filled - Math.Max(cut, 0);
            var next = GC.AllocateUninitializedArray<byte>(cut > 0 ? Math.Max(capacity, rest * 2) : buffer.Length * 2);
            buffer.AsSpan(filled - rest, rest).CopyTo(next);
            buffer = next;
            filled = Fill(input, buffer, rest);
            eof = filled < buffer.Length;
        }
        return blocks;
    }

    private void TokenizeRest(int columns, byte delimiter, int? parallelism)
    {
        var tokenizer = new CsvTokenizer(delimiter, columns);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? -1 };
        Parallel.For(0, Blocks.Count, parallel, b =>
        {
            if (!Blocks[b].Tokenized) tokenizer.Tokenize(Blocks[b], final: true);
        });

        var line = HeaderLines + 1;
        long row = 0;
        foreach (var block in Blocks)
        {
            block.FirstLine = line;
            block.FirstRow = (int)row;
            if (block.Error is { } error)
            {
                var column = error.Column <= Header.Length ? Header[error.Column - 1] : null;
                throw new CsvFormatException(Name, block.LineOf(error.Position), error.Column, column, error.Problem);
            }
            line += block.NewlineCount;
            row += block.RowCount;
            if (row > Array.MaxLength)
                throw new CsvFormatException(Name, line, 0, null, $"the file has more than {Array.MaxLength} rows, the most a column can hold");
        }
    }
}
