namespace Kaggle.Core.Data;

/// <summary>
/// A read-only pass-through that remembers the last 8 bytes read,, where a gzip file keeps its trailer (CRC-32 and length of the
/// last member).
/// </summary>
internal sealed class TailRecordingStream(Stream inner) : ReadOnlyForwardStream
{
    private readonly byte[] _tail = new byte[8];

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The last <c>min(8, BytesRead)</c> bytes read, oldest first.</summary>
    public ReadOnlySpan<byte> Tail => _tail.AsSpan(8 - (int)Math.Min(8, BytesRead));

    /// <summary>Reads the inner stream to its end (the decoder may stop before the last bytes), returning how many bytes that was.</summary>
    public long Drain()
    {
        var buffer = new byte[4096];
        long drained = 0;
        int n;
        while ((n = Read(buffer)) > 0) drained += n;
        return drained;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n >= 8)
        {
            buffer.Slice(n - 8, 8).CopyTo(_tail);
        }
        else if (n > 0)
        {
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(8 - n));
        }
        BytesRead += n;
        return n;
    }
}
