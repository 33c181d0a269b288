namespace Kaggle.Tuning.Tests.Studies;

/// <summary>Worker processes (tests/Kaggle.TuningChild) sharing a study in one SQLite file.</summary>
public sealed class SqliteWorkerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_TwoWorkerProcesses_ShareTheBudgetWithoutRepeatsOrLosses() => WorkerScenarios.TwoWorkers(_folder.File("tune.db"), "two");

    [Fact]
    public void Run_WorkerKilledMidTrial_TrialRequeuedAfterItsHeartbeatExpires() => WorkerScenarios.KilledWorker(_folder.File("tune.db"), "killed");

    [Fact]
    public void Run_OtherSearchSpace_Refused() => WorkerScenarios.ConflictingSpace(_folder.File("tune.db"), "conflict");
}
