namespace Kaggle.Autograd.Optim;

/// <summary>
/// Updates parameters from their accumulated gradients (PyTorch's torch.optim). A parameter whose
/// <see cref="Tensor.Grad"/> is null (no gradient reached it) is skipped.
/// </summary>
public abstract class Optimizer
{
    private readonly Tensor[] _parameters;

    protected Optimizer(IEnumerable<Tensor> parameters, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(learningRate);
        _parameters = parameters.ToArray();
        foreach (var p in _parameters)
            if (!p.RequiresGrad)
                throw new ArgumentException($"Parameter {p.Name ?? p.Shape.ToString()} does not require gradients.", nameof(parameters));
        LearningRate = learningRate;
    }

    public IReadOnlyList<Tensor> Parameters => _parameters;

    /// <summary>The rate of the next step; schedules set it before each step.</summary>
    public double LearningRate { get; set; }

    /// <summary>The number of steps taken.</summary>
    public int StepCount { get; private set; }

    /// <summary>Applies one update to every parameter with a gradient.</summary>
    public void Step()
    {
        StepCount++;
        for (var i = 0; i < _parameters.Length; i++)
            if (_parameters[i].Grad is { } grad)
                Update(i, _parameters[i].Data, grad.Data);
    }

    /// <summary>Zeroes every parameter's gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var p in _parameters) p.ZeroGrad();
    }

    /// <summary>Updates parameter <paramref name="index"/> in place (<see cref="StepCount"/> is already incremented).</summary>
    protected abstract void Update(int index, Span<float> value, ReadOnlySpan<float> grad);
}
