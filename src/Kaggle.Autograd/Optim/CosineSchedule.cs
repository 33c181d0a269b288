namespace Kaggle.Autograd.Optim;

/// <summary>
/// Cosine annealing (https://arxiv.org/abs/1608.03983) from the base rate to <see cref="MinFactor"/>·base over the run,
/// step by step: f = m + (1 − m)·(1 + cos(π·step/total))/2.
/// </summary>
public sealed record CosineSchedule(double MinFactor = 0) : ILearningRateSchedule
{
    public double Factor(int step, int totalSteps, int stepsPerEpoch) =>
        MinFactor + ((1 - MinFactor) * (1 + Math.Cos(Math.PI * step / Math.Max(1, totalSteps))) / 2);
}
