using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Storage;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Tests.Storage;

public sealed class SqliteStudyStorageTests : IDisposable
{
    private static readonly SearchSpace s_space = new SearchSpace().Uniform("x", 0, 1).Categorical("k", "a", "b");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SqliteStudyStorage Storage() => new(_folder.File("tune.db"));

    private static ClaimRequest Request(int budget, string worker = "w1", double graceSeconds = 60) =>
        new(budget, worker, TimeSpan.FromSeconds(graceSeconds), (finished, number) => new RandomSampler().Sample(s_space, finished, false, 1, number));

    [Fact]
    public void OpenStudy_Twice_SameStudy()
    {
        var definition = new StudyDefinition("s", s_space, false, "tpe", 1);

        var first = Storage().OpenStudy(definition);
        var second = Storage().OpenStudy(definition);

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void OpenStudy_OtherSearchSpace_RefusedShowingBoth()
    {
        Storage().OpenStudy(new StudyDefinition("s", s_space, false, "tpe", 1));
        var other = new SearchSpace().Uniform("x", 0, 2).Categorical("k", "a", "b");

        var error = Assert.Throws<SearchSpaceMismatchException>(() => Storage().OpenStudy(new StudyDefinition("s", other, false, "tpe", 1)));

        Assert.Contains("x: float[0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("x: float[0, 2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("--study", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenStudy_OtherSampler_Refused()
    {
        Storage().OpenStudy(new StudyDefinition("s", s_space, false, "tpe", 1));

        Assert.Throws<SearchSpaceMismatchException>(() => Storage().OpenStudy(new StudyDefinition("s", s_space, false, "random", 1)));
    }

    [Fact]
    public void Claim_UpToTheBudget_ThenNull()
    {
        var storage = Storage();
        var study = storage.OpenStudy(new StudyDefinition("s", s_space, false, "random", 1));

        var claimed = Enumerable.Range(0, 3).Select(_ => storage.Claim(study, Request(3))).ToList();
        var extra = storage.Claim(study, Request(3));

        Assert.Equal([0, 1, 2], claimed.Select(t => t!.Number));
        Assert.All(claimed, t => Assert.Equal(TrialState.Running, t!.State));
        Assert.Null(extra);
    }

    [Fact]
    public void Finish_StoresStateFoldsValueAndTimes()
    {
        var storage = Storage();
        var study = storage.OpenStudy(new StudyDefinition("s", s_space, false, "random", 1));
        var trial = storage.Claim(study, Request(2))!;

        Assert.True(storage.Report(trial.Id, [0.5]));
        Assert.True(storage.Finish(trial.Id, new TrialOutcome(TrialState.Pruned, [0.5, 0.7], 0.6)));
        var stored = storage.Trials(study.Id).Single();

        Assert.Equal(TrialState.Pruned, stored.State);
        Assert.Equal([0.5, 0.7], stored.FoldScores);
        Assert.Equal(0.6, stored.Value);
        Assert.Equal(trial.Parameters, stored.Parameters);
        Assert.NotNull(stored.Seconds);
    }

    [Fact]
    public void Claim_HeartbeatExpired_FailsTheTrialAndRequeuesItsParameters()
    {
        var storage = Storage();
        var study = storage.OpenStudy(new StudyDefinition("s", s_space, false, "random", 1));
        var dead = storage.Claim(study, Request(1, "dead"))!;
        Thread.Sleep(50);

        var retry = storage.Claim(study, Request(1, "alive", graceSeconds: 0.01))!;

        Assert.Equal(dead.Parameters, retry.Parameters);
        Assert.Equal(dead.Number, retry.RetryOf);
        Assert.Equal("alive", retry.Worker);
        var failed = storage.Trials(study.Id).Single(t => t.Id == dead.Id);
        Assert.Equal(TrialState.Failed, failed.State);
        Assert.Contains("heartbeat expired (worker dead)", failed.Error, StringComparison.Ordinal);
        // The dead worker's late result is refused: the trial is not counted twice.
        Assert.False(storage.Finish(dead.Id, new TrialOutcome(TrialState.Complete, [1], 1)));
        Assert.False(storage.Report(dead.Id, [1]));
    }

    [Theory]
    [InlineData("postgres://tune:s3cret@127.0.0.1:5432/db", "postgres://tune:***@127.0.0.1:5432/db")]
    [InlineData("cannot reach postgresql://a:b@h/db now", "cannot reach postgresql://a:***@h/db now")]
    [InlineData("postgres://tune@127.0.0.1/db", "postgres://tune@127.0.0.1/db")]
    public void Redact_UriWithPassword_HidesIt(string text, string expected) => Assert.Equal(expected, StorageUri.Redact(text));

    [Fact]
    public void Open_UnreachablePostgres_MessageHasNoPassword()
    {
        var storage = StorageUri.Open("postgres://tune:s3cret@127.0.0.1:1/db", "unused.db");

        var error = Assert.Throws<TuningStorageException>(() => storage.OpenStudy(new StudyDefinition("s", s_space, false, "tpe", 1)));

        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgres://tune:***@127.0.0.1:1/db", error.Message, StringComparison.Ordinal);
    }
}
