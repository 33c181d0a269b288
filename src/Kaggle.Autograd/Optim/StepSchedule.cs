namespace Kaggle.Autograd.Optim;

/// <summary>Multiplies the rate by <see cref="Gamma"/> every <see cref="EveryEpochs"/> epochs (PyTorch's StepLR).</summary>
public sealed record StepSchedule(int EveryEpochs = 10, double Gamma = 0.1) : ILearningRateSchedule
{
    public double Factor(int step, int totalSteps, int stepsPerEpoch) =>
        Math.Pow(Gamma, step / Math.Max(1, stepsPerEpoch) / Math.Max(1, EveryEpochs));
}
