namespace Kaggle.Autograd;

/// <summary>
/// One primitive op in the graph (tinygrad's Function): <see cref="Forward"/> computes the output from
/// <see cref="Inputs"/>, and <see cref="Backward"/> adds the vector-Jacobian product of the output's gradient to each
/// input's gradient. Each concrete op is a sealed class in <c>Ops/</c>, created fresh for every application.
/// </summary>
public abstract class Function
{
    private Tensor[] _inputs = [];

    /// <summary>The tensors this op was applied to, in order.</summary>
    public IReadOnlyList<Tensor> Inputs => _inputs;

    internal Tensor[] InputArray => _inputs;

    /// <summary>The tensor this op produced (set after <see cref="Forward"/>).</summary>
    protected Tensor Output { get; private set; } = null!;

    /// <summary>Runs the op and, when grad mode is on and an input requires gradients, records it as the output's creator.</summary>
    internal Tensor Apply(params Tensor[] inputs)
    {
        _inputs = inputs;
        Output = Forward();
        if (Engine.GradEnabled && Array.Exists(inputs, t => t.RequiresGrad))
        {
            Output.RequiresGrad = true;
            Output.Creator = this;
        }
        return Output;
    }

    protected Tensor Input(int index) => _inputs[index];

    /// <summary>Computes the output tensor from the inputs; may keep what <see cref="Backward"/> needs.</summary>
    protected abstract Tensor Forward();

    /// <summary>
    /// Adds this op's contribution to the gradient of every input that requires one: <c>input.Grad += Jᵀ · gradOutput</c>.
    /// Accumulating in place (rather than returning new tensors for the engine to add) lets matrix products add
    /// straight into the gradient with <c>beta = 1</c>, saving a buffer and a pass per op.
    /// </summary>
    protected internal abstract void Backward(Tensor gradOutput);

    /// <summary>The gradient buffer to add into for input <paramref name="index"/>, or null when it needs none.</summary>
    protected float[]? GradOf(int index) => _inputs[index].RequiresGrad ? _inputs[index].GradBuffer() : null;
}
