namespace Kaggle.Autograd.Nn;

/// <summary>
/// A layer or a network (PyTorch's nn.Module): <see cref="Forward"/> maps a batch to a batch, the parameters are leaf
/// tensors with <see cref="Tensor.RequiresGrad"/>, and buffers are state saved with them (batch-norm statistics).
/// In evaluation mode (<see cref="Eval"/>) Forward mutates nothing, so a trained module may predict from several threads.
/// </summary>
public abstract class Module
{
    /// <summary>True while training: dropout drops and batch norm uses (and updates) batch statistics.</summary>
    public bool Training { get; private set; } = true;

    public abstract Tensor Forward(Tensor x);

    /// <summary>The trainable tensors with stable names ("0.weight"), in a fixed order.</summary>
    public virtual IEnumerable<(string Name, Tensor Tensor)> NamedParameters() => [];

    /// <summary>Non-trainable state saved with the weights, in a fixed order.</summary>
    public virtual IEnumerable<(string Name, Tensor Tensor)> NamedBuffers() => [];

    public IReadOnlyList<Tensor> Parameters() => NamedParameters().Select(p => p.Tensor).ToList();

    /// <summary>Switches training mode on or off (for this module and every child).</summary>
    public virtual Module Train(bool training = true)
    {
        Training = training;
        return this;
    }

    public Module Eval() => Train(false);

    /// <summary>Zeroes the accumulated gradient of every parameter.</summary>
    public void ZeroGrad()
    {
        foreach (var (_, p) in NamedParameters()) p.ZeroGrad();
    }

    /// <summary>Writes every parameter and buffer (name, shape, values) to <paramref name="stream"/>; the stream stays open.</summary>
    public void SaveWeights(Stream stream) => Weights.Write(stream, NamedParameters().Concat(NamedBuffers()));

    /// <summary>
    /// Reads weights written by <see cref="SaveWeights"/> of a module with the same architecture into this module;
    /// throws <see cref="InvalidDataException"/> naming the first tensor whose name or shape differs.
    /// </summary>
    public void LoadWeights(Stream stream) => Weights.Read(stream, NamedParameters().Concat(NamedBuffers()).ToList());

    public override string ToString() => GetType().Name;
}
