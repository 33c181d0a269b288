namespace Kaggle.Core.Data;

/// <summary>A read-only stream that yields a few already-read bytes before the rest of another stream (to sniff a magic number on any stream).</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream inner) : ReadOnlyForwardStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return inner.Read(buffer);
    }
}
