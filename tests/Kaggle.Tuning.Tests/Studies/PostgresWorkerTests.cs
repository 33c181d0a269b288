namespace Kaggle.Tuning.Tests.Studies;

/// <summary>Worker processes sharing a study on a PostgreSQL server that the fixture starts on 127.0.0.1 (skipped when PostgreSQL is not installed).</summary>
public sealed class PostgresWorkerTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private string Uri()
    {
        if (server.SkipReason is { } reason) Assert.Skip(reason);
        return server.Uri;
    }

    [Fact]
    public void Run_TwoWorkerProcesses_ShareTheBudgetWithoutRepeatsOrLosses() => WorkerScenarios.TwoWorkers(Uri(), "two");

    [Fact]
    public void Run_WorkerKilledMidTrial_TrialRequeuedAfterItsHeartbeatExpires() => WorkerScenarios.KilledWorker(Uri(), "killed");

    [Fact]
    public void Run_OtherSearchSpace_Refused() => WorkerScenarios.ConflictingSpace(Uri(), "conflict");
}
