using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Models;

/// <summary>
/// How the neural-network learners train, shared by <see cref="MlpClassifier"/>, <see cref="MlpRegressor"/> and
/// <see cref="CnnClassifier"/>: <c>learner with { Training = learner.Training with { Epochs = 50 } }</c>.
/// </summary>
public sealed record TrainingSettings
{
    public int Epochs { get; init; } = 20;

    public int BatchSize { get; init; } = 64;

    /// <summary>The base (peak, for one-cycle) learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;

    /// <summary>SGD momentum (ignored by Adam and AdamW).</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Nesterov momentum for SGD.</summary>
    public bool Nesterov { get; init; }

    /// <summary>L2 weight decay (SGD, Adam) or decoupled decay (AdamW).</summary>
    public double WeightDecay { get; init; }

    public ScheduleKind Schedule { get; init; } = ScheduleKind.Constant;

    public int StepEpochs { get; init; } = 10;

    public double StepGamma { get; init; } = 0.1;

    /// <summary>Maximum global gradient norm; 0 = no clipping.</summary>
    public double ClipNorm { get; init; }

    /// <summary>
    /// A fraction of the rows (chosen by the seed) held out of training to log a validation loss and metric per epoch
    /// in the model's training curve; 0 trains on every row.
    /// </summary>
    public double ValidationFraction { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate, nameof(LearningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(WeightDecay, nameof(WeightDecay));
        ArgumentOutOfRangeException.ThrowIfNegative(ClipNorm, nameof(ClipNorm));
        if (ValidationFraction is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), $"ValidationFraction must be in [0, 1); got {ValidationFraction}.");
    }

    internal Optimizer CreateOptimizer(IEnumerable<Tensor> parameters) => Optimizer switch
    {
        OptimizerKind.Sgd => new Sgd(parameters, LearningRate, Momentum, Nesterov, WeightDecay),
        OptimizerKind.Adam => new Adam(parameters, LearningRate, weightDecay: WeightDecay),
        OptimizerKind.AdamW => new AdamW(parameters, LearningRate, weightDecay: WeightDecay),
        _ => throw new ArgumentOutOfRangeException(nameof(Optimizer), Optimizer, "Unknown optimiser."),
    };

    internal ILearningRateSchedule CreateSchedule() => Schedule switch
    {
        ScheduleKind.Constant => new ConstantSchedule(),
        ScheduleKind.Step => new StepSchedule(StepEpochs, StepGamma),
        ScheduleKind.Cosine => new CosineSchedule(),
        ScheduleKind.OneCycle => new OneCycleSchedule(),
        _ => throw new ArgumentOutOfRangeException(nameof(Schedule), Schedule, "Unknown schedule."),
    };
}
