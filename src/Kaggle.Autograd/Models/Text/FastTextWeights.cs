using Kaggle.Core;

namespace Kaggle.Autograd.Models.Text;

/// <summary>
/// The weights of a fastText network, in training order: the embedding table [features, dimension], then, with a
/// hidden layer, its weight [dimension, hidden] and bias [hidden], then the output weight [width, classes] and bias.
/// </summary>
internal sealed record FastTextWeights(int Features, int Dimension, int Hidden, int Classes, float[][] Values)
{
    /// <summary>
    /// The embedding table uniform in ±1/dimension (fastText's choice: pooled vectors start small whatever the
    /// vocabulary), dense layers Xavier-uniform, biases zero; every draw from SplitMix64 seeded by <paramref name="seed"/>.
    /// </summary>
    public static FastTextWeights Initial(int features, int dimension, int hidden, int classes, int seed)
    {
        var random = new SplitMix64(seed);
        var values = new List<float[]> { Uniform(features * dimension, 1.0 / dimension, ref random) };
        var width = dimension;
        if (hidden > 0)
        {
            values.Add(Uniform(dimension * hidden, Math.Sqrt(6.0 / (dimension + hidden)), ref random));
            values.Add(new float[hidden]);
            width = hidden;
        }
        values.Add(Uniform(width * classes, Math.Sqrt(6.0 / (width + classes)), ref random));
        values.Add(new float[classes]);
        return new FastTextWeights(features, dimension, hidden, classes, [.. values]);
    }

    /// <summary>Trainable tensors over copies of the values (training never writes into this record).</summary>
    public Tensor[] AsTensors()
    {
        var shapes = Shapes();
        var tensors = new Tensor[Values.Length];
        for (var i = 0; i < tensors.Length; i++) tensors[i] = Tensor.FromArray((float[])Values[i].Clone(), shapes[i], requiresGrad: true);
        return tensors;
    }

    public FastTextWeights WithValues(IReadOnlyList<Tensor> tensors) => this with { Values = [.. tensors.Select(t => t.ToArray())] };

    public void Write(BinaryWriter writer)
    {
        writer.Write(Features);
        writer.Write(Dimension);
        writer.Write(Hidden);
        writer.Write(Classes);
        foreach (var array in Values)
        {
            writer.Write(array.Length);
            foreach (var v in array) writer.Write(v);
        }
    }

    public static FastTextWeights Read(BinaryReader reader)
    {
        var (features, dimension, hidden, classes) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var values = new float[hidden > 0 ? 5 : 3][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new float[reader.ReadInt32()];
            for (var k = 0; k < values[i].Length; k++) values[i][k] = reader.ReadSingle();
        }
        return new FastTextWeights(features, dimension, hidden, classes, values);
    }

    private Shape[] Shapes()
    {
        var width = Hidden > 0 ? Hidden : Dimension;
        return Hidden > 0
            ? [new(Features, Dimension), new(Dimension, Hidden), new(Hidden), new(width, Classes), new(Classes)]
            : [new(Features, Dimension), new(width, Classes), new(Classes)];
    }

    private static float[] Uniform(int size, double bound, ref SplitMix64 random)
    {
        var values = new float[size];
        for (var i = 0; i < size; i++) values[i] = (float)(((2 * random.NextDouble()) - 1) * bound);
        return values;
    }
}
