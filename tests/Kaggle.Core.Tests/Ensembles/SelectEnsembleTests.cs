using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using static Kaggle.Core.Tests.Ensembles.EnsembleMembers;

namespace Kaggle.Core.Tests.Ensembles;

public sealed class SelectEnsembleTests
{
    private static readonly int[] s_assignment = RoundRobin(40, 4);
    private static readonly double[] s_y = [.. Enumerable.Range(0, 40).Select(i => (double)i)];

    [Fact]
    public void Combine_OneCandidateBetterEverywhere_SubmitsItWithItsScore()
    {
        var members = new[] { Member("far", [.. s_y.Select(v => v + 1)], s_assignment, [9]), Member("close", [.. s_y.Select(v => v + 0.1)], s_assignment, [7]) };
        var select = new SelectEnsemble([new Subset(["far"], new Average("far_only")), new Subset(["close"], new Average("close_only"))]);

        var selected = select.Combine(members, new Rmse(), s_y);

        Assert.Equal(7.0, selected.Result.Test![0, 0]);
        Assert.Equal(0.1, selected.Result.OutOfFoldScore, 9);
        Assert.Equal("select_ensemble", selected.Parameters.Method);
        Assert.Equal("close_only", selected.Parameters.Meta);
        Assert.Equal(["close"], selected.Parameters.Members);
    }

    [Fact]
    public void Combine_CandidatesFittingNothing_NestedScoreEqualsSelectBests()
    {
        // "lucky" wins on all rows only through fold 0; chosen without fold 0, "steady" wins (SelectBestTests).
        var lucky = s_y.Select((v, i) => s_assignment[i] == 0 ? v : v + 0.5).ToArray();
        var steady = s_y.Select((v, i) => s_assignment[i] == 0 ? v + 0.9 : v + 0.4).ToArray();
        var members = new[] { Member("lucky", lucky, s_assignment), Member("steady", steady, s_assignment) };
        var select = new SelectEnsemble([new Subset(["lucky"], new Average("lucky_only")), new Subset(["steady"], new Average("steady_only"))]);

        var selected = select.Combine(members, new Rmse(), s_y);
        var best = new SelectBest().Combine(members, new Rmse(), s_y);

        Assert.Equal("lucky_only", selected.Parameters.Meta);
        Assert.Equal(best.Result.OutOfFoldScore, selected.Result.OutOfFoldScore, 12);
        Assert.True(selected.Result.OutOfFoldScore > 0.6);
    }

    [Fact]
    public void FitPredict_InnerChoice_NeverReadsTheHeldOutFoldsTarget()
    {
        // Two members, each exact on half of the rows; whichever the held-out fold's labels favour must not matter.
        var a = s_y.Select((v, i) => i % 8 < 4 ? v : v + 1).ToArray();
        var b = s_y.Select((v, i) => i % 8 < 4 ? v + 1 : v).ToArray();
        var members = new[] { Member("a", a, s_assignment), Member("b", b, s_assignment) };
        var select = new SelectEnsemble([new Subset(["a"], new Average("a_only")), new Subset(["b"], new Average("b_only")), new Blend()]);
        var inputs = new EnsembleInputs(["a", "b"], [members[0].OutOfFold, members[1].OutOfFold], s_y, new Rmse(), s_assignment);
        var fitRows = Enumerable.Range(0, 40).Where(i => s_assignment[i] != 0).ToArray();
        var heldOut = Enumerable.Range(0, 40).Where(i => s_assignment[i] == 0).ToArray();
        var changed = inputs with { Target = [.. s_y.Select((v, i) => s_assignment[i] == 0 ? v + 100 : v)] };

        var original = select.FitPredict(inputs, fitRows, heldOut);
        var afterChange = select.FitPredict(changed, fitRows, heldOut);

        Assert.Equal(original.Values.ToArray(), afterChange.Values.ToArray());
    }

    [Fact]
    public void Combine_NoCandidates_ThrowsClearly()
    {
        var members = new[] { Member("a", s_y, s_assignment) };

        var error = Assert.Throws<ArgumentException>(() => new SelectEnsemble([]).Combine(members, new Rmse(), s_y));

        Assert.Contains("at least one candidate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subset_UnknownMember_ThrowsNamingTheMembers()
    {
        var members = new[] { Member("a", s_y, s_assignment), Member("b", s_y, s_assignment) };

        var error = Assert.Throws<ArgumentException>(() => new Subset(["c"], new Average()).Combine(members, new Rmse(), s_y));

        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subset_OfSomeMembers_AveragesOnlyThem()
    {
        var members = new[] { Member("a", s_y, s_assignment, [1]), Member("b", [.. s_y.Select(v => v + 2)], s_assignment, [3]), Member("c", s_y, s_assignment, [100]) };

        var combined = new Subset(["a", "b"], new Average("ab")).Combine(members, new Rmse(), s_y);

        Assert.Equal("ab", combined.Result.Model);
        Assert.Equal(2.0, combined.Result.Test![0, 0]);
        Assert.Equal(1.0, combined.Result.OutOfFoldScore, 9);
    }
}
