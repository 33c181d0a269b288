using Kaggle.Autograd.Nn;
using Kaggle.Core;

namespace Kaggle.Autograd.Models;

/// <summary>
/// The architecture of a CNN over [Channels, Height, Width] images: per entry of <see cref="Filters"/>, ConvsPerBlock ×
/// (Conv2d → [BatchNorm2d] → ReLU) then MaxPool2d(2); then Flatten, per entry of <see cref="Dense"/> Linear →
/// [BatchNorm1d] → ReLU → [Dropout], and a Linear to the classes.
/// </summary>
internal sealed record CnnSpec(int Channels, int Height, int Width, Widths Filters, int ConvsPerBlock, int Kernel, int Padding,
    bool BatchNorm, Widths Dense, double Dropout, int Outputs)
{
    /// <summary>Throws when the images shrink to nothing before the dense layers.</summary>
    public int FlattenedSize()
    {
        var (h, w) = (Height, Width);
        foreach (var _ in Filters)
        {
            for (var i = 0; i < ConvsPerBlock; i++)
            {
                (h, w) = (h + (2 * Padding) - Kernel + 1, w + (2 * Padding) - Kernel + 1);
                if (h < 1 || w < 1) throw Shrunk();
            }
            (h, w) = (h / 2, w / 2);
            if (h < 1 || w < 1) throw Shrunk();
        }
        return Filters.Count == 0 ? Channels * Height * Width : Filters[^1] * h * w;
    }

    /// <summary>The network with initial weights and dropout masks fixed by <paramref name="seed"/>: each layer draws from its own derived stream.</summary>
    public Sequential Build(int seed)
    {
        var layer = 0; // each weighted layer draws from its own stream of the seed
        var layers = new List<Module>();
        var channels = Channels;
        foreach (var filters in Filters)
        {
            for (var i = 0; i < ConvsPerBlock; i++)
            {
                layers.Add(new Conv2d(channels, filters, Kernel, SplitMix64.Derive(seed, layer++), padding: Padding));
                if (BatchNorm) layers.Add(new BatchNorm2d(filters));
                layers.Add(new ReLU());
                channels = filters;
            }
            layers.Add(new MaxPool2d(2));
        }
        layers.Add(new Flatten());
        var width = FlattenedSize();
        for (var i = 0; i < Dense.Count; i++)
        {
            layers.Add(new Linear(width, Dense[i], SplitMix64.Derive(seed, layer++)));
            if (BatchNorm) layers.Add(new BatchNorm1d(Dense[i]));
            layers.Add(new ReLU());
            if (Dropout > 0) layers.Add(new Nn.Dropout(Dropout, SplitMix64.Derive(seed, -(i + 1))));
            width = Dense[i];
        }
        layers.Add(new Linear(width, Outputs, SplitMix64.Derive(seed, layer), WeightInit.XavierUniform));
        return new Sequential([.. layers]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Channels);
        writer.Write(Height);
        writer.Write(Width);
        Kaggle.Core.Models.ModelFormat.WriteArray(writer, Filters.ToArray());
        writer.Write(ConvsPerBlock);
        writer.Write(Kernel);
        writer.Write(Padding);
        writer.Write(BatchNorm);
        Kaggle.Core.Models.ModelFormat.WriteArray(writer, Dense.ToArray());
        writer.Write(Dropout);
        writer.Write(Outputs);
    }

    public static CnnSpec Read(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(),
        [.. Kaggle.Core.Models.ModelFormat.ReadInt32Array(reader)], reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(),
        reader.ReadBoolean(), [.. Kaggle.Core.Models.ModelFormat.ReadInt32Array(reader)], reader.ReadDouble(), reader.ReadInt32());

    private ArgumentException Shrunk() =>
        new($"A {Height}×{Width} image is too small for {Filters.Count} blocks of {ConvsPerBlock} {Kernel}×{Kernel} convolutions (padding {Padding}) and 2×2 pooling.");
}
