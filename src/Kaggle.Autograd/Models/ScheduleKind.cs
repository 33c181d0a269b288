namespace Kaggle.Autograd.Models;

/// <summary>Which learning-rate schedule <see cref="TrainingSettings"/> builds.</summary>
public enum ScheduleKind
{
    Constant,

    /// <summary>×<see cref="TrainingSettings.StepGamma"/> every <see cref="TrainingSettings.StepEpochs"/> epochs.</summary>
    Step,

    /// <summary>Cosine annealing to 0 over the run.</summary>
    Cosine,

    /// <summary>One-cycle: warm up to the learning rate over 30% of the steps, then anneal.</summary>
    OneCycle,
}
