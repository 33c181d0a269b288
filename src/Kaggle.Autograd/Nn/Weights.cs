using System.Text;

namespace Kaggle.Autograd.Nn;

/// <summary>The binary layout of saved weights: a tag, a count, then per tensor its name, rank, dims and float values.</summary>
internal static class Weights
{
    private const string Tag = "KGLW1";

    public static void Write(Stream stream, IEnumerable<(string Name, Tensor Tensor)> tensors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var list = tensors.ToList();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Tag);
        writer.Write(list.Count);
        foreach (var (name, tensor) in list)
        {
            writer.Write(name);
            writer.Write(tensor.Rank);
            foreach (var d in tensor.Shape.Dims) writer.Write(d);
            foreach (var v in tensor.Data) writer.Write(v);
        }
    }

    public static void Read(Stream stream, IReadOnlyList<(string Name, Tensor Tensor)> tensors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var tag = reader.ReadString();
            if (tag != Tag) throw new InvalidDataException($"Not a weights stream (expected tag {Tag}, found '{tag}').");
            var count = reader.ReadInt32();
            if (count != tensors.Count)
                throw new InvalidDataException($"The stream holds {count} tensors but the module has {tensors.Count}.");
            foreach (var (name, tensor) in tensors)
            {
                var storedName = reader.ReadString();
                var dims = new int[reader.ReadInt32()];
                for (var i = 0; i < dims.Length; i++) dims[i] = reader.ReadInt32();
                var shape = new Shape(dims);
                if (storedName != name || shape != tensor.Shape)
                    throw new InvalidDataException($"The stream holds {storedName} {shape} where the module has {name} {tensor.Shape}.");
                for (var i = 0; i < tensor.Size; i++) tensor.Data[i] = reader.ReadSingle();
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The weights stream ended early.", e);
        }
    }
}
