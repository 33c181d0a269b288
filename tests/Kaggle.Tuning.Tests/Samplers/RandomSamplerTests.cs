using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;

namespace Kaggle.Tuning.Tests.Samplers;

public sealed class RandomSamplerTests
{
    [Fact]
    public void Sample_EveryKind_InsideItsRange()
    {
        var space = new SearchSpace().LogUniform("rate", 1e-4, 1).Int("depth", 2, 5).Int("leaves", 1, 1000, log: true).Categorical("loss", "a", "b");

        var samples = Enumerable.Range(0, 500).Select(n => new RandomSampler().Sample(space, [], false, 1, n)).ToList();

        Assert.All(samples, s => Assert.InRange((double)s["rate"], 1e-4, 1));
        Assert.Equal([2L, 3L, 4L, 5L], samples.Select(s => (long)s["depth"]).Distinct().Order());
        Assert.All(samples, s => Assert.InRange((long)s["leaves"], 1, 1000));
        Assert.Equal(["a", "b"], samples.Select(s => (string)s["loss"]).Distinct().Order());
        // Log-uniform: about half the draws fall below the geometric midpoint 0.01.
        Assert.InRange(samples.Count(s => (double)s["rate"] < 0.01), 200, 300);
    }

    [Fact]
    public void Sample_ConditionalParameter_OnlyWhenItsParentHasTheValue()
    {
        var space = new SearchSpace().Categorical("loss", "squared", "huber").When("loss", ["huber"], s => s.Uniform("delta", 0.1, 1));

        var samples = Enumerable.Range(0, 100).Select(n => new RandomSampler().Sample(space, [], false, 2, n)).ToList();

        Assert.All(samples, s => Assert.Equal((string)s["loss"] == "huber", s.ContainsKey("delta")));
        Assert.Contains(samples, s => s.ContainsKey("delta"));
    }
}
