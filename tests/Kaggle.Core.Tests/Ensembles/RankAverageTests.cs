using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using static Kaggle.Core.Tests.Ensembles.EnsembleMembers;

namespace Kaggle.Core.Tests.Ensembles;

public sealed class RankAverageTests
{
    private static readonly int[] s_assignment = RoundRobin(20, 4);

    [Fact]
    public void Ranks_Ties_ShareTheirAverageRank()
    {
        double[] values = [3, 1, 3, 2, 5];

        var ranks = RankAverage.Ranks(values);

        Assert.Equal([3.5, 1, 3.5, 2, 5], ranks);
    }

    [Fact]
    public void Of_IdenticalRankings_IsThatRanking()
    {
        var y = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var a = y.Select(v => Math.Exp(v / 5)).ToArray();
        var b = y.Select(v => (v * 3) - 7).ToArray();

        var result = new RankAverage().Combine([Member("a", a, s_assignment, [1, 9, 4]), Member("b", b, s_assignment, [0, 10, 3])], new Rmse(), y).Result;

        Assert.Equal(RankAverage.Ranks(y), RankAverage.Ranks(result.OutOfFold.Values));
        Assert.Equal([1.0, 3, 2], RankAverage.Ranks(result.Test!.Values));
    }

    [Fact]
    public void Of_IdenticalMembers_ReturnsTheirPredictions()
    {
        var y = Enumerable.Range(0, 20).Select(i => Math.Sin(i)).ToArray();
        var p = y.Select(v => v + 0.1).ToArray();

        var result = new RankAverage().Combine([Member("a", p, s_assignment), Member("b", p, s_assignment)], new Rmse(), y).Result;

        Assert.Equal(p, result.OutOfFold.Values.ToArray());
        Assert.Equal(0.1, result.OutOfFoldScore, 12);
        Assert.Equal(4, result.Folds.Count);
    }

    [Fact]
    public void Of_DisagreeingMembers_AveragesRanksOntoTheAverageScale()
    {
        var y = new double[20];
        var a = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var b = a.Select(v => 19 - v).ToArray();

        var result = new RankAverage().Combine([Member("a", a, s_assignment), Member("b", b, s_assignment)], new Rmse(), y).Result;

        // Opposite rankings average to the same rank for every row: the median of the plain average (all 9.5).
        Assert.All(result.OutOfFold.Values.ToArray(), v => Assert.Equal(9.5, v, 12));
    }

    [Fact]
    public void Of_Multiclass_Throws()
    {
        var member = Member("a", new double[20], s_assignment) with { OutOfFold = new Kaggle.Core.Data.Matrix(10, 2) };

        var error = Assert.Throws<ArgumentException>(() => new RankAverage().Combine([member], new Rmse(), new double[10]));

        Assert.Contains("one output column", error.Message, StringComparison.Ordinal);
    }
}
