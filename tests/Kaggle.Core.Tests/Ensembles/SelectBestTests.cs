using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using static Kaggle.Core.Tests.Ensembles.EnsembleMembers;

namespace Kaggle.Core.Tests.Ensembles;

public sealed class SelectBestTests
{
    private static readonly int[] s_assignment = RoundRobin(40, 4);

    [Fact]
    public void Combine_OneMemberBetterEverywhere_SubmitsItWithItsScore()
    {
        var y = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var close = y.Select(v => v + 0.1).ToArray();
        var far = y.Select(v => v + 1).ToArray();

        var selected = new SelectBest().Combine([Member("far", far, s_assignment, [9]), Member("close", close, s_assignment, [7])], new Rmse(), y);

        Assert.Equal([0.0, 1.0], selected.Parameters.Weights!);
        Assert.Equal(7.0, selected.Result.Test![0, 0]);
        Assert.Equal(0.1, selected.Result.OutOfFoldScore, 9);
    }

    [Fact]
    public void Combine_WinnerOnlyByOneFoldsLuck_NestedScoreIsWorseThanWinners()
    {
        // "lucky" is exact on fold 0 and off by 0.5 elsewhere; "steady" is off by 0.9 on fold 0 and 0.4 elsewhere.
        var y = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var lucky = y.Select((v, i) => s_assignment[i] == 0 ? v : v + 0.5).ToArray();
        var steady = y.Select((v, i) => s_assignment[i] == 0 ? v + 0.9 : v + 0.4).ToArray();

        var selected = new SelectBest().Combine([Member("lucky", lucky, s_assignment), Member("steady", steady, s_assignment)], new Rmse(), y);

        // Lucky wins on all rows (RMSE 0.433 vs 0.568); chosen without fold 0, steady wins and scores 0.9 there, so the
        // nested RMSE is 0.62, worse than the winner's own 0.433.
        Assert.Equal([1.0, 0.0], selected.Parameters.Weights!);
        Assert.Equal(Math.Sqrt((0.25 * 0.81) + (0.75 * 0.25)), selected.Result.OutOfFoldScore, 9);
    }
}
