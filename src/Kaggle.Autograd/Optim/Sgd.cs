namespace Kaggle.Autograd.Optim;

/// <summary>
/// Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, step for step as
/// PyTorch's SGD: g ← ∇ + λ·p; b ← μ·b + g (b = g on the first step); g ← g + μ·b (Nesterov) or b; p ← p − lr·g.
/// </summary>
public sealed class Sgd : Optimizer
{
    private readonly float[]?[] _momentum;

    public Sgd(IEnumerable<Tensor> parameters, double learningRate, double momentum = 0, bool nesterov = false, double weightDecay = 0)
        : base(parameters, learningRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(momentum);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        if (nesterov && momentum == 0) throw new ArgumentException("Nesterov momentum needs momentum > 0.", nameof(nesterov));
        Momentum = momentum;
        Nesterov = nesterov;
        WeightDecay = weightDecay;
        _momentum = new float[]?[Parameters.Count];
    }

    public double Momentum { get; }

    public bool Nesterov { get; }

    public double WeightDecay { get; }

    protected override void Update(int index, Span<float> value, ReadOnlySpan<float> grad)
    {
        float lr = (float)LearningRate, mu = (float)Momentum, decay = (float)WeightDecay;
        var first = _momentum[index] is null;
        var buffer = Momentum > 0 ? _momentum[index] ??= new float[value.Length] : null;
        for (var i = 0; i < value.Length; i++)
        {
            var g = grad[i] + (decay * value[i]);
            if (buffer is not null)
            {
                buffer[i] = first ? g : (mu * buffer[i]) + g;
                g = Nesterov ? g + (mu * buffer[i]) : buffer[i];
            }
            value[i] -= lr * g;
        }
    }
}
