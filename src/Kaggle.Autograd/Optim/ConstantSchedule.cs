namespace Kaggle.Autograd.Optim;

/// <summary>The base rate throughout.</summary>
public sealed record ConstantSchedule : ILearningRateSchedule
{
    public double Factor(int step, int totalSteps, int stepsPerEpoch) => 1;
}
