using Kaggle.Autograd.Data;
using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Training;

/// <summary>How the <see cref="Trainer"/> runs: epochs, batch size, shuffling seed, schedule, clipping, augmentation.</summary>
public sealed record TrainerOptions
{
    public int Epochs { get; init; } = 10;

    public int BatchSize { get; init; } = 128;

    /// <summary>Seeds the batch order and the augmentation.</summary>
    public int Seed { get; init; }

    /// <summary>The factor applied to the optimiser's initial learning rate at every step.</summary>
    public ILearningRateSchedule Schedule { get; init; } = new ConstantSchedule();

    /// <summary>The maximum global gradient norm; 0 turns clipping off.</summary>
    public double ClipNorm { get; init; }

    /// <summary>Random distortions of training images (none by default); the sample shape must match it.</summary>
    public ImageAugmentation? Augmentation { get; init; }

    /// <summary>Rows per forward pass when evaluating the validation set.</summary>
    public int EvaluationBatchSize { get; init; } = 1024;

    /// <summary>Called after every epoch (progress output).</summary>
    public Action<EpochRecord>? OnEpoch { get; init; }
}
