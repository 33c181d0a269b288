using Kaggle.Core;
using Kaggle.Autograd.Nn;

namespace Kaggle.Autograd.Models;

/// <summary>The architecture of an MLP: Linear → [BatchNorm1d] → activation → [Dropout] per hidden width, then Linear to the outputs.</summary>
internal sealed record MlpSpec(int Inputs, Widths Hidden, int Outputs, Activation Activation, bool BatchNorm, double Dropout)
{
    /// <summary>The network with initial weights and dropout masks fixed by <paramref name="seed"/>: each layer draws from its own derived stream.</summary>
    public Sequential Build(int seed)
    {
        var init = Activation is Activation.Relu or Activation.LeakyRelu ? WeightInit.HeUniform : WeightInit.XavierUniform;
        var layers = new List<Module>();
        var width = Inputs;
        for (var i = 0; i < Hidden.Count; i++)
        {
            layers.Add(new Linear(width, Hidden[i], SplitMix64.Derive(seed, i), init));
            if (BatchNorm) layers.Add(new BatchNorm1d(Hidden[i]));
            layers.Add(Activation switch
            {
                Activation.Relu => new ReLU(),
                Activation.LeakyRelu => new LeakyReLU(),
                Activation.Tanh => new Tanh(),
                _ => new Sigmoid(),
            });
            if (Dropout > 0) layers.Add(new Nn.Dropout(Dropout, SplitMix64.Derive(seed, -(i + 1))));
            width = Hidden[i];
        }
        layers.Add(new Linear(width, Outputs, SplitMix64.Derive(seed, Hidden.Count), WeightInit.XavierUniform));
        return new Sequential([.. layers]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Inputs);
        Kaggle.Core.Models.ModelFormat.WriteArray(writer, Hidden.ToArray());
        writer.Write(Outputs);
        writer.Write((int)Activation);
        writer.Write(BatchNorm);
        writer.Write(Dropout);
    }

    public static MlpSpec Read(BinaryReader reader) => new(reader.ReadInt32(), [.. Kaggle.Core.Models.ModelFormat.ReadInt32Array(reader)],
        reader.ReadInt32(), (Activation)reader.ReadInt32(), reader.ReadBoolean(), reader.ReadDouble());
}
