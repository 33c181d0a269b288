namespace Kaggle.Autograd;

public sealed partial class Tensor
{
    /// <summary>
    /// Back-propagates from this one-element tensor (a loss): adds ∂this/∂t to <c>t.Grad</c> for every tensor
    /// <c>t</c> of the graph that requires gradients. Gradients accumulate; call <see cref="ZeroGrad"/> between steps.
    /// </summary>
    public void Backward()
    {
        if (Size != 1)
            throw new InvalidOperationException($"Backward() needs a one-element tensor such as a loss; this one has shape {Shape}. Pass the output gradient with Backward(gradient).");
        Backward([1f]);
    }

    /// <summary>Back-propagates <paramref name="gradient"/> (this tensor's shape, row-major) through the graph.</summary>
    public void Backward(ReadOnlySpan<float> gradient)
    {
        if (!RequiresGrad)
            throw new InvalidOperationException("This tensor does not require gradients: no input of its graph has RequiresGrad, or it was computed inside Engine.NoGrad().");
        if (gradient.Length != Size)
            throw new ArgumentException($"The gradient has {gradient.Length} values but the tensor has shape {Shape} ({Size} values).", nameof(gradient));
        var order = TopologicalOrder();
        var grad = GradBuffer();
        System.Numerics.Tensors.TensorPrimitives.Add(grad, gradient, grad);
        for (var i = order.Count - 1; i >= 0; i--)
            if (order[i] is { Creator: { } creator, Grad: { } g })
                creator.Backward(g);
    }

    /// <summary>
    /// The graph's tensors that require gradients, every tensor after all of its inputs (a post-order depth-first
    /// walk). The walk keeps its own stack, so a graph thousands of ops deep cannot overflow the call stack.
    /// </summary>
    private List<Tensor> TopologicalOrder()
    {
        var order = new List<Tensor>();
        var visited = new HashSet<Tensor>(ReferenceEqualityComparer.Instance) { this };
        var stack = new Stack<(Tensor Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var inputs = node.Creator?.InputArray ?? [];
            while (next < inputs.Length && (!inputs[next].RequiresGrad || visited.Contains(inputs[next])))
                next++;
            if (next == inputs.Length)
            {
                order.Add(node);
                continue;
            }
            stack.Push((node, next + 1));
            visited.Add(inputs[next]);
            stack.Push((inputs[next], 0));
        }
        return order;
    }
}
