namespace Kaggle.Autograd.Optim;

/// <summary>
/// The one-cycle policy (https://arxiv.org/abs/1708.07120) with PyTorch's cosine shape: the rate rises from
/// base/<see cref="DivFactor"/> to the base rate (the peak) over the first <see cref="WarmupFraction"/> of the steps,
/// then anneals to base/(DivFactor·<see cref="FinalDivFactor"/>).
/// </summary>
public sealed record OneCycleSchedule(double WarmupFraction = 0.3, double DivFactor = 25, double FinalDivFactor = 1e4) : ILearningRateSchedule
{
    public double Factor(int step, int totalSteps, int stepsPerEpoch)
    {
        var start = 1 / DivFactor;
        var end = start / FinalDivFactor;
        var peak = Math.Max(1, (WarmupFraction * totalSteps) - 1);
        var last = Math.Max(peak + 1, totalSteps - 1);
        return step <= peak
            ? Anneal(start, 1, step / peak)
            : Anneal(1, end, Math.Min(1, (step - peak) / (last - peak)));
    }

    private static double Anneal(double from, double to, double fraction) => to + ((from - to) * (1 + Math.Cos(Math.PI * fraction)) / 2);
}
