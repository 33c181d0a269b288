using System.Security.Cryptography;
using System.Text;
using Kaggle.Core.IO;

namespace Kaggle.Core.Features.Embeddings;

/// <summary>
/// The on-disk form of an <see cref="EmbeddingCache"/>: magic "KEMB", format version, encoder name, dimension, count,
/// then per text its 64-character hex key and <c>dimension</c> float32 values, and last a SHA-256 of all the bytes
/// before it, so a truncated or damaged file is detected rather than read as wrong vectors. Little-endian.
/// </summary>
internal static class EmbeddingFile
{
    private const int Version = 1;
    private static readonly byte[] s_magic = "KEMB"u8.ToArray();

    public static Dictionary<string, float[]> Load(string path, ITextEncoder encoder, IEncodingObserver? observer)
    {
        var empty = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path)) return empty;
        try
        {
            return Read(File.ReadAllBytes(path), encoder);
        }
        catch (InvalidDataException e)
        {
            observer?.CacheDiscarded(path, e.Message);
            return empty;
        }
    }

    public static void Save(string path, ITextEncoder encoder, Dictionary<string, float[]> vectors) =>
        AtomicFile.Write(path, stream =>
        {
            using var body = new MemoryStream();
            using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(s_magic);
                writer.Write(Version);
                writer.Write(encoder.Name);
                writer.Write(encoder.Dimension);
                writer.Write(vectors.Count);
                foreach (var (key, vector) in vectors.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    writer.Write(Encoding.ASCII.GetBytes(key));
                    foreach (var value in vector) writer.Write(value);
                }
            }
            body.Position = 0;
            body.CopyTo(stream);
            stream.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
        });

    /// <summary>The vectors, or throws <see cref="InvalidDataException"/> saying what is wrong with the bytes.</summary>
    private static Dictionary<string, float[]> Read(byte[] bytes, ITextEncoder encoder)
    {
        const int hashBytes = 32;
        if (bytes.Length < s_magic.Length + hashBytes || !bytes.AsSpan(0, s_magic.Length).SequenceEqual(s_magic))
            throw new InvalidDataException("not an embedding cache file (bad header)");
        var body = bytes.AsSpan(0, bytes.Length - hashBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - hashBytes)))
            throw new InvalidDataException("checksum mismatch (truncated or damaged)");
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
        reader.ReadBytes(s_magic.Length);
        var version = reader.ReadInt32();
        var name = reader.ReadString();
        var dimension = reader.ReadInt32();
        if (version != Version || name != encoder.Name || dimension != encoder.Dimension)
            throw new InvalidDataException($"written by format {version} for encoder '{name}' ({dimension} values); expected format {Version}, '{encoder.Name}' ({encoder.Dimension})");
        var count = reader.ReadInt32();
        if (count < 0 || (long)count * (64 + (4L * dimension)) != body.Length - reader.BaseStream.Position)
            throw new InvalidDataException($"declares {count} vectors but holds {body.Length - reader.BaseStream.Position} bytes of them");
        var vectors = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            var key = Encoding.ASCII.GetString(reader.ReadBytes(64));
            var vector = new float[dimension];
            for (var d = 0; d < dimension; d++) vector[d] = reader.ReadSingle();
            vectors[key] = vector;
        }
        return vectors;
    }
}
