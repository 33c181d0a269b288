namespace Kaggle.Autograd.Optim;

/// <summary>Gradient clipping by global norm (PyTorch's clip_grad_norm_).</summary>
public static class GradientClipping
{
    /// <summary>
    /// Scales all gradients by maxNorm / (‖g‖ + 1e-6) when their joint L2 norm ‖g‖ exceeds <paramref name="maxNorm"/>;
    /// returns ‖g‖ before clipping. The norm is summed in double in parameter order, so it does not depend on threads.
    /// </summary>
    public static double ClipNorm(IEnumerable<Tensor> parameters, double maxNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNorm);
        var grads = parameters.Select(p => p.Grad).OfType<Tensor>().ToList();
        var sum = 0.0;
        foreach (var g in grads)
            foreach (var v in g.Data) sum += (double)v * v;
        var norm = Math.Sqrt(sum);
        if (norm > maxNorm)
        {
            var scale = (float)(maxNorm / (norm + 1e-6));
            foreach (var g in grads)
                for (var i = 0; i < g.Size; i++) g.Data[i] *= scale;
        }
        return norm;
    }
}
