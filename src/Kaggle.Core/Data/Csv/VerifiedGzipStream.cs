using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Kaggle.Core.Data;

/// <summary>
/// Decompresses gzip (RFC 1952, one or more members) and refuses to end early: <see cref="GZipStream"/> returns end-of-stream
/// when the compressed bytes run out, so a file cut off (at a row boundary, say) would read as a shorter, valid file. At the end
/// the last member's trailer (the file's last 8 bytes: CRC-32 and length mod 2^32 of the member's output) must match what was
/// decompressed; damage elsewhere fails zlib's own per-member check. Every failure is a <see cref="CsvFormatException"/> naming the file.
/// </summary>
/// <remarks>
/// zlib verifies each member's trailer when it reaches it, so the only thing left to check is that the last member was complete.
/// For one member the trailer must equal CRC-32 and length of the whole output. For several, the last member starts where one
/// read of the decoder ended (it never returns bytes of two members in one read), so the trailer's length must equal the output
/// after one of those read boundaries; a cut file matches that by chance with odds of about (reads)/2^32. A file whose last member
/// is empty is refused (no tool writes one; a damaged file can look like one).
/// </remarks>
internal sealed class VerifiedGzipStream : ReadOnlyForwardStream
{
    private readonly string _name;
    private readonly TailRecordingStream _raw;
    private readonly GZipStream _gzip;
    private readonly Crc32 _crc = new();
    private readonly List<long> _readEnds = [];
    private long _length;
    private bool _verified;

    public VerifiedGzipStream(Stream compressed, string name)
    {
        _name = name;
        _raw = new TailRecordingStream(compressed);
        _gzip = new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_verified || buffer.IsEmpty) return 0;
        int n;
        try
        {
            n = _gzip.Read(buffer);
        }
        catch (InvalidDataException error)
        {
            // zlib's message for a failed check is "unsupported compression method", which misleads; say what it means.
            throw Fail("the gzip data is corrupt (a CRC-32 or length check failed, or the compressed bytes are damaged)", error);
        }
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _length += n;
            _readEnds.Add(_length);
            return n;
        }
        Verify();
        return 0;
    }

    private void Verify()
    {
        var trailing = _raw.Drain();
        if (_raw.BytesRead < 18) throw Fail("the gzip data is truncated");
        var tail = _raw.Tail;
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
        var whole = crc == _crc.GetCurrentHashAsUInt32() && size == (uint)_length;
        if (!whole && (trailing > 0 || !LastMemberEndsAtReadBoundary(size)))
            throw Fail($"the gzip data is truncated or corrupt: its last 8 bytes are not the CRC-32 and length of the {_length} bytes "
                + "decompressed from it (a download cut short, or a file damaged on disk)");
        _verified = true;
    }

    // A boundary strictly inside the output can start the last member. An empty last member is not accepted: its trailer (eight
    // zero bytes) is what a file padded or damaged with zeros ends with too.
    private bool LastMemberEndsAtReadBoundary(uint size)
    {
        for (var k = 0; k < _readEnds.Count - 1; k++)
            if ((uint)(_length - _readEnds[k]) == size) return true;
        return false;
    }

    private CsvFormatException Fail(string problem, Exception? inner = null) =>
        new(_name, 0, 0, null, $"{problem}. Download or decompress it again", inner);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
