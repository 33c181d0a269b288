namespace Kaggle.Autograd.Optim;

/// <summary>A learning-rate schedule: the factor applied to the base rate at each optimiser step.</summary>
public interface ILearningRateSchedule
{
    /// <summary>The factor for step <paramref name="step"/> (0-based) of <paramref name="totalSteps"/>, with <paramref name="stepsPerEpoch"/> steps per epoch.</summary>
    double Factor(int step, int totalSteps, int stepsPerEpoch);
}
