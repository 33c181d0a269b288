using System.Text;

namespace Kaggle.Core.Models;

/// <summary>
/// The header every persisted model starts with: a magic tag naming the model type and a format version,
/// so a file of another type or a newer version fails with a clear message instead of garbage.
/// </summary>
public static class ModelFormat
{
    public static BinaryWriter Writer(Stream stream, string tag, int version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write("KGLM");
        writer.Write(tag);
        writer.Write(version);
        return writer;
    }

    /// <summary>Opens a reader after checking the tag; returns the stored version (≤ <paramref name="maxVersion"/>).</summary>
    public static BinaryReader Reader(Stream stream, string tag, int maxVersion, out int version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = reader.ReadString();
            if (magic != "KGLM")
                throw new InvalidDataException($"Not a Kaggle.NET model stream (expected tag KGLM, found '{magic}').");
            var storedTag = reader.ReadString();
            if (storedTag != tag)
                throw new InvalidDataException($"The stream holds a {storedTag}, not a {tag}.");
            version = reader.ReadInt32();
            if (version < 1 || version > maxVersion)
                throw new InvalidDataException($"{tag} format version {version} is not supported (this build reads 1..{maxVersion}).");
            return reader;
        }
        catch (EndOfStreamException e)
        {
            reader.Dispose();
            throw new InvalidDataException($"The stream ended inside the {tag} header.", e);
        }
    }

    public static void WriteArray(this BinaryWriter writer, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(values.Length);
        foreach (var v in values) writer.Write(v);
    }

    public static double[] ReadDoubleArray(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = reader.ReadInt32();
        if (length < 0) throw new InvalidDataException($"Negative array length {length}.");
        var values = new double[length];
        for (var i = 0; i < length; i++) values[i] = reader.ReadDouble();
        return values;
    }

    public static void WriteArray(this BinaryWriter writer, ReadOnlySpan<int> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(values.Length);
        foreach (var v in values) writer.Write(v);
    }

    public static int[] ReadInt32Array(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = reader.ReadInt32();
        if (length < 0) throw new InvalidDataException($"Negative array length {length}.");
        var values = new int[length];
        for (var i = 0; i < length; i++) values[i] = reader.ReadInt32();
        return values;
    }
}
