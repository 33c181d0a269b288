using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Tests.Optim;

public sealed class ScheduleTests
{
    [Fact]
    public void Step_EveryTwoEpochs_MultipliesByGamma()
    {
        var schedule = new StepSchedule(EveryEpochs: 2, Gamma: 0.5);

        double[] factors = [schedule.Factor(0, 100, 10), schedule.Factor(19, 100, 10), schedule.Factor(20, 100, 10), schedule.Factor(45, 100, 10)];

        Assert.Equal([1, 1, 0.5, 0.25], factors);
    }

    [Fact]
    public void Cosine_StartMiddleEnd_FollowTheCosine()
    {
        var schedule = new CosineSchedule(MinFactor: 0.1);

        Assert.Equal(1, schedule.Factor(0, 100, 10), 9);
        Assert.Equal(0.55, schedule.Factor(50, 100, 10), 9);
        Assert.Equal(0.1, schedule.Factor(100, 100, 10), 9);
    }

    [Fact]
    public void OneCycle_RisesToThePeakThenAnneals()
    {
        var schedule = new OneCycleSchedule(WarmupFraction: 0.3, DivFactor: 25, FinalDivFactor: 1e4);

        // As PyTorch's OneCycleLR: the peak at step 0.3·100 − 1 = 29, the end at the last step, 99.
        Assert.Equal(1 / 25.0, schedule.Factor(0, 100, 10), 9);
        Assert.Equal(1, schedule.Factor(29, 100, 10), 9);
        Assert.Equal(1 / 25.0 / 1e4, schedule.Factor(99, 100, 10), 9);
        Assert.True(schedule.Factor(15, 100, 10) is > 0.04 and < 1);
        Assert.True(schedule.Factor(60, 100, 10) < schedule.Factor(40, 100, 10));
    }
}
