using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Ensembles;

public sealed class BlendTests
{
    private static CrossValidationResult Member(string name, double[] oof, int[] assignment, double[]? test = null) => new()
    {
        Model = name,
        Metric = "rmse",
        HigherIsBetter = false,
        OutOfFold = new Matrix(oof.Length, 1, oof),
        Test = test is null ? null : new Matrix(test.Length, 1, test),
        Folds = [new FoldResult(0, 0, 0, 0, 0, 0, 0)],
        Assignments = [assignment],
        OutOfFoldScore = 0,
    };

    private static readonly int[] s_assignment = Enumerable.Range(0, 40).Select(i => i % 4).ToArray();

    [Fact]
    public void Fit_OneExactMember_GetsAllTheWeight()
    {
        var y = Enumerable.Range(0, 40).Select(i => Math.Sin(i)).ToArray();
        var noise = y.Select((v, i) => v + (i % 2 == 0 ? 0.5 : -0.5)).ToArray();

        var blend = new Blend().Combine([Member("exact", y, s_assignment), Member("noisy", noise, s_assignment)], new Rmse(), y);

        Assert.Equal(1.0, blend.Parameters.Weights![0], 6);
        Assert.Equal(0.0, blend.Parameters.Weights![1], 6);
        Assert.Equal(0.0, blend.Result.Mean, 6);
    }

    [Fact]
    public void Fit_TwoMembersWithOppositeErrors_SplitsWeightEvenly()
    {
        var y = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var high = y.Select(v => v + 1).ToArray();
        var low = y.Select(v => v - 1).ToArray();

        var blend = new Blend().Combine([Member("high", high, s_assignment, [1, 2]), Member("low", low, s_assignment, [3, 4])], new Rmse(), y);

        Assert.Equal(0.5, blend.Parameters.Weights![0], 6);
        Assert.Equal(1.0, blend.Parameters.Weights!.Sum(), 12);
        Assert.Equal(2.0, blend.Result.Test![0, 0], 6);
    }

    [Fact]
    public void Fit_WeightsAreNonNegativeAndSumToOne()
    {
        var random = new Random(4);
        var y = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        var members = Enumerable.Range(0, 4)
            .Select(m => Member($"m{m}", y.Select(v => v + (random.NextDouble() * (m + 1))).ToArray(), s_assignment))
            .ToList();

        var blend = new Blend().Combine(members, new Rmse(), y);

        Assert.All(blend.Parameters.Weights!, w => Assert.True(w >= 0));
        Assert.Equal(1.0, blend.Parameters.Weights!.Sum(), 12);
    }

    [Fact]
    public void Average_TwoMembers_IsTheMean()
    {
        var y = new double[40];

        var average = new Average().Combine([Member("a", Enumerable.Repeat(1.0, 40).ToArray(), s_assignment), Member("b", Enumerable.Repeat(3.0, 40).ToArray(), s_assignment)], new Rmse(), y).Result;

        Assert.All(average.OutOfFold.Values.ToArray(), v => Assert.Equal(2.0, v));
        Assert.Equal(2.0, average.OutOfFoldScore, 12);
    }

    [Fact]
    public void ProjectToSimplex_KnownCase()
    {
        double[] w = [0.8, 0.8, -1];

        SimplexWeights.ProjectToSimplex(w);

        Assert.Equal([0.5, 0.5, 0], w);
    }
}
