using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Tests.Samplers;

public sealed class TpeSamplerTests
{
    private static readonly SearchSpace s_line = new SearchSpace().Uniform("x", -10, 10);

    private static double Quadratic(IReadOnlyDictionary<string, object> p) => Math.Pow((double)p["x"] - 3, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sample_Quadratic_PrefersTheGoodRegionOverRandom(long seed)
    {
        var tpe = Synthetic.Minimise(new TpeSampler(), s_line, Quadratic, 60, seed);
        var random = Synthetic.Minimise(new RandomSampler(), s_line, Quadratic, 60, seed);

        static double MedianDistance(IEnumerable<TrialRecord> trials) =>
            trials.Select(t => Math.Abs((double)t.Parameters["x"] - 3)).Order().ElementAt(20);
        var (near, far) = (MedianDistance(tpe.Skip(20)), MedianDistance(random.Skip(20)));
        Assert.True(near < far / 2, $"median distance to the optimum of trials 20-59: TPE {near:F3}, random {far:F3}");
        Assert.True(tpe.Min(t => t.Value!.Value) <= random.Min(t => t.Value!.Value));
    }

    [Fact]
    public void Sample_SameSeedAndSameCompletedTrials_SameSuggestion()
    {
        var space = new SearchSpace().LogUniform("rate", 1e-3, 1).Int("depth", 2, 9).Categorical("loss", "a", "b", "c")
            .When("loss", ["b"], s => s.Uniform("delta", 0, 1));
        var history = Synthetic.Minimise(new TpeSampler(), space, p => (double)p["rate"] + (long)p["depth"], 25, seed: 11);

        var first = new TpeSampler().Sample(space, history, maximize: false, seed: 11, number: 25);
        var second = new TpeSampler().Sample(space, [.. history], maximize: false, seed: 11, number: 25);
        var otherSeed = new TpeSampler().Sample(space, history, maximize: false, seed: 12, number: 25);

        Assert.Equal(first, second);
        Assert.NotEqual(first["rate"], otherSeed["rate"]);
    }

    [Fact]
    public void Sample_BeforeStartupTrials_MatchesTheRandomSampler()
    {
        var history = Synthetic.Minimise(new RandomSampler(), s_line, Quadratic, 9, seed: 5);

        var tpe = new TpeSampler().Sample(s_line, history, maximize: false, seed: 5, number: 9);
        var random = new RandomSampler().Sample(s_line, history, maximize: false, seed: 5, number: 9);

        Assert.Equal(random, tpe);
    }

    [Fact]
    public void Sample_Maximise_PrefersHighValues()
    {
        var trials = Enumerable.Range(0, 30).Select(n => Synthetic.Complete(n, n < 15 ? 1.0 : 0.0, ("x", n < 15 ? 8.0 : -8.0))).ToList();

        var next = new TpeSampler().Sample(s_line, trials, maximize: true, seed: 3, number: 30);

        Assert.True((double)next["x"] > 0, $"x = {next["x"]}");
    }

    [Fact]
    public void Rank_CompleteByValueThenPrunedByProgress_BestFirst()
    {
        TrialRecord[] trials =
        [
            Synthetic.WithFolds(0, TrialState.Pruned, 0.5),
            Synthetic.WithFolds(1, TrialState.Complete, 0.3, 0.3),
            Synthetic.WithFolds(2, TrialState.Pruned, 0.9, 0.9),
            Synthetic.WithFolds(3, TrialState.Complete, 0.2, 0.2),
            Synthetic.WithFolds(4, TrialState.Failed),
        ];

        var ranked = TpeSampler.Rank(trials, maximize: false);

        Assert.Equal([3, 1, 2, 0], ranked.Select(t => t.Number));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(400, 25)]
    public void Gamma_TrialCount_TenPercentCappedAt25(int n, int expected) => Assert.Equal(expected, TpeSampler.Gamma(n));
}
