using Kaggle.Tuning.Storage;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Tests.Studies;

/// <summary>The multi-process scenarios, run against each storage (SQLite file, PostgreSQL server) by the test classes.</summary>
internal static class WorkerScenarios
{
    /// <summary>Two workers share one study: the budget is finished exactly, every number once, both did work.</summary>
    public static void TwoWorkers(string storage, string study)
    {
        const int Budget = 16;
        using var first = new WorkerProcess($"storage={storage}", $"study={study}", $"trials={Budget}", "worker=one");
        using var second = new WorkerProcess($"storage={storage}", $"study={study}", $"trials={Budget}", "worker=two");

        var (codeOne, outputOne) = first.Finish();
        var (codeTwo, outputTwo) = second.Finish();

        Assert.True(codeOne == 0, outputOne);
        Assert.True(codeTwo == 0, outputTwo);
        var trials = Stored(storage, study);
        var finished = trials.Where(t => t.State is TrialState.Complete or TrialState.Pruned).ToList();
        Assert.Equal(Budget, finished.Count);
        Assert.Equal(Budget, trials.Count);
        Assert.Equal(Enumerable.Range(0, Budget), trials.Select(t => t.Number).Order());
        Assert.Contains(finished, t => t.Worker == "one");
        Assert.Contains(finished, t => t.Worker == "two");
        Assert.All(finished, t => Assert.True(t.State == TrialState.Pruned || t.FoldScores.Count == 3));
    }

    /// <summary>A worker killed mid-trial: after its heartbeat expires the other worker fails the trial, re-runs its parameters and finishes the budget.</summary>
    public static void KilledWorker(string storage, string study)
    {
        const int Budget = 6;
        using (var doomed = new WorkerProcess($"storage={storage}", $"study={study}", $"trials={Budget}", "worker=doomed", "hang=true"))
        {
            doomed.WaitForLine("hanging");
            doomed.Kill();
        }
        using var survivor = new WorkerProcess($"storage={storage}", $"study={study}", $"trials={Budget}", "worker=survivor", "grace=1.5");

        var (code, output) = survivor.Finish();

        Assert.True(code == 0, output);
        var trials = Stored(storage, study);
        var dead = Assert.Single(trials, t => t.State == TrialState.Failed);
        Assert.Equal("doomed", dead.Worker);
        Assert.Contains("heartbeat expired", dead.Error, StringComparison.Ordinal);
        Assert.Single(dead.FoldScores);
        var retry = Assert.Single(trials, t => t.RetryOf == dead.Number);
        Assert.Equal(dead.Parameters, retry.Parameters);
        Assert.Equal("survivor", retry.Worker);
        Assert.Equal(Budget, trials.Count(t => t.State is TrialState.Complete or TrialState.Pruned));
    }

    /// <summary>A worker declaring another search space for an existing study is refused with both spaces shown.</summary>
    public static void ConflictingSpace(string storage, string study)
    {
        using (var first = new WorkerProcess($"storage={storage}", $"study={study}", "trials=1"))
            Assert.Equal(0, first.Finish().ExitCode);
        using var other = new WorkerProcess($"storage={storage}", $"study={study}", "trials=1", "space=b");

        var (code, output) = other.Finish();

        Assert.Equal(3, code);
        Assert.Contains("another search space", output, StringComparison.Ordinal);
        Assert.Contains("x: float[-5, 6]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-printed", output, StringComparison.Ordinal);
        Assert.Single(Stored(storage, study));
    }

    private static IReadOnlyList<TrialRecord> Stored(string storage, string study)
    {
        var store = StorageUri.Open(storage, "unused.db");
        var space = new Kaggle.Tuning.Space.SearchSpace().Uniform("x", -5, 5).Categorical("kind", "plain", "shifted");
        return store.Trials(store.OpenStudy(new StudyDefinition(study, space, false, "tpe", 7)).Id);
    }
}
