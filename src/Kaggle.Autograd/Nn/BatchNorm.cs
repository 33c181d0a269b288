namespace Kaggle.Autograd.Nn;

/// <summary>
/// Batch normalisation (https://arxiv.org/abs/1502.03167): y = γ·(x − μ)/√(σ² + ε) + β per feature or channel.
/// Training uses the batch's mean and biased variance and updates running estimates
/// (r ← (1 − momentum)·r + momentum·batch, the variance unbiased, as PyTorch does); evaluation uses the running ones.
/// </summary>
public abstract class BatchNorm : Module
{
    private readonly int[] _axes;
    private readonly int[] _view;

    private protected BatchNorm(int features, int[] axes, int[] view, double momentum, double epsilon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(momentum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(momentum, 1);
        _axes = axes;
        _view = view;
        Momentum = momentum;
        Epsilon = epsilon;
        Gamma = Tensor.Full(new Shape(features), 1f, requiresGrad: true);
        Beta = Tensor.Zeros(new Shape(features), requiresGrad: true);
        RunningMean = Tensor.Zeros(new Shape(features));
        RunningVariance = Tensor.Full(new Shape(features), 1f);
    }

    /// <summary>Scale γ [features], initially 1.</summary>
    public Tensor Gamma { get; }

    /// <summary>Shift β [features], initially 0.</summary>
    public Tensor Beta { get; }

    public Tensor RunningMean { get; }

    public Tensor RunningVariance { get; }

    public double Momentum { get; }

    public double Epsilon { get; }

    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        CheckInput(x);
        var op = new Ops.BatchNorm(Training, RunningMean.Data, RunningVariance.Data, Epsilon);
        var y = op.Apply(x, Gamma, Beta);
        if (Training) UpdateRunning(op.BatchMoments.Mean, op.BatchMoments.Variance, x.Size / Gamma.Size);
        return y;
    }

    /// <summary>The same function built from primitive ops (mean, variance, broadcasting): the reference for the fused op.</summary>
    internal Tensor ForwardComposed(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var normalised = Training
            ? (x - x.Mean(_axes, keepDims: true)) / (x.Variance(_axes, keepDims: true) + (float)Epsilon).Sqrt()
            : (x - RunningMean.Reshape(_view)) / (RunningVariance.Reshape(_view) + (float)Epsilon).Sqrt();
        return (normalised * Gamma.Reshape(_view)) + Beta.Reshape(_view);
    }

    public override IEnumerable<(string Name, Tensor Tensor)> NamedParameters() => [("weight", Gamma), ("bias", Beta)];

    public override IEnumerable<(string Name, Tensor Tensor)> NamedBuffers() =>
        [("running_mean", RunningMean), ("running_var", RunningVariance)];

    private protected abstract void CheckInput(Tensor x);

    private void UpdateRunning(float[] mean, float[] variance, int count)
    {
        var unbiased = count > 1 ? count / (double)(count - 1) : 1;
        for (var c = 0; c < mean.Length; c++)
        {
            RunningMean.Data[c] = (float)(((1 - Momentum) * RunningMean.Data[c]) + (Momentum * mean[c]));
            RunningVariance.Data[c] = (float)(((1 - Momentum) * RunningVariance.Data[c]) + (Momentum * variance[c] * unbiased));
        }
    }
}
