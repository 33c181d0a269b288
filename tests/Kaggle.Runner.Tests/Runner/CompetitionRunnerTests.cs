using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Runner;

public sealed class CompetitionRunnerTests
{
    private static ILearner<IModel> Linear(int seed) => new LinearRegression();

    private static (int Code, string Output) Run(TinyCompetition competition, IKaggleService? kaggle, params string[] args) =>
        Stages.Run(competition, kaggle, args);

    /// <summary>Downloads from the mirror and trains (with <paramref name="trainArgs"/>); then submits when asked.</summary>
    private static void Prepare(TinyCompetition competition, IKaggleService kaggle, params string[] trainArgs) =>
        Prepare(competition, kaggle, submit: false, trainArgs);

    private static void Prepare(TinyCompetition competition, IKaggleService kaggle, bool submit, params string[] trainArgs)
    {
        Assert.Equal(0, Run(competition, kaggle, competition.Args("download")).Code);
        Assert.Equal(0, Run(competition, kaggle, competition.Args("train", trainArgs)).Code);
        if (submit) Assert.Equal(0, Run(competition, kaggle, competition.Args("submit")).Code);
    }

    [Fact]
    public void AllStages_FromMirror_WriteCheckedSubmissionAndRecords()
    {
        using var competition = new TinyCompetition(Linear);

        var (downloadCode, downloadOutput) = Run(competition, null, competition.Args("download"));
        var (trainCode, trainOutput) = Run(competition, null, competition.Args("train"));
        var (validateCode, validateOutput) = Run(competition, null, competition.Args("validate"));
        var (submitCode, submitOutput) = Run(competition, null, competition.Args("submit"));

        Assert.True(downloadCode == 0, downloadOutput);
        Assert.True(trainCode == 0, trainOutput);
        Assert.True(validateCode == 0, validateOutput);
        Assert.True(submitCode == 0, submitOutput);
        Assert.Contains("not uploaded", submitOutput, StringComparison.Ordinal);
        Assert.Contains("model", trainOutput, StringComparison.Ordinal);
        var store = new RunStore(competition.Root, "tiny");
        var latest = store.Latest()!;
        var record = store.Read(latest.RunId);
        Assert.Equal("rmse", latest.Cv.Metric);
        Assert.Equal("blend", record.Final);
        Assert.Equal(6, latest.Cv.Folds.Count);
        Assert.Equal(2, latest.Cv.SeedMeans.Count);
        Assert.Equal(6, record.Models.Single(m => m.Name == "model").Cv.Folds.Count);
        Assert.Equal([7, 8], record.Seeds);
        Assert.Equal(3, record.Data.Count);
        Assert.True(File.Exists(Path.Combine(store.RunFolder(record.RunId), "oof.csv")));
        Assert.True(File.Exists(Path.Combine(store.RunFolder(record.RunId), "folds.csv")));
        var submission = File.ReadAllLines(Path.Combine(competition.Root, latest.Submission));
        Assert.Equal("Id,y", submission[0]);
        Assert.Equal(4, submission.Length);
    }

    [Fact]
    public void Train_Twice_SecondReusesRun_ForceGivesIdenticalBytes()
    {
        using var competition = new TinyCompetition(Linear);
        Run(competition, null, competition.Args("download"));
        Run(competition, null, competition.Args("train"));
        var store = new RunStore(competition.Root, "tiny");
        var first = store.Latest()!;

        var (_, again) = Run(competition, null, competition.Args("train"));
        var reused = store.Latest()!;
        Run(competition, null, competition.Args("train", "--force"));
        var forced = store.Latest()!;

        Assert.Contains("reusing", again, StringComparison.Ordinal);
        Assert.Equal(first.RunId, reused.RunId);
        Assert.NotEqual(first.RunId, forced.RunId);
        Assert.Equal(File.ReadAllBytes(Path.Combine(competition.Root, first.Submission)), File.ReadAllBytes(Path.Combine(competition.Root, forced.Submission)));
    }

    [Fact]
    public void Train_StackComparedWithOtherEnsembles_RecordsEachWithSeedStatistics()
    {
        using var competition = new TinyCompetition(Linear, configure: e => e with
        {
            Ensemble = new Stack(new RidgeRegression { Alpha = 1e-6 }),
            Compare = [new Blend(), new Average(), new RankAverage()],
        });
        Run(competition, null, competition.Args("download"));

        var (code, output) = Run(competition, null, competition.Args("train", "--seeds", "3"));

        Assert.True(code == 0, output);
        var store = new RunStore(competition.Root, "tiny");
        var record = store.Read(store.Latest()!.RunId);
        Assert.Equal("stack", record.Final);
        Assert.Equal(["model", "model2", "blend", "average", "rank_average", "stack"], record.Models.Select(m => m.Name));
        Assert.All(record.Models, m => Assert.Equal(3, m.Cv.SeedMeans.Count));
        Assert.Equal(9, record.Cv.Folds.Count);
        var stack = record.Models.Single(m => m.Name == "stack").Ensemble!;
        Assert.Equal(["model", "model2"], stack.Members);
        Assert.Equal(2, stack.Coefficients!.Count);
        Assert.Contains("RidgeRegression", stack.Meta, StringComparison.Ordinal);
        Assert.Equal(1.0, record.Models.Single(m => m.Name == "blend").Ensemble!.Weights!.Sum(), 9);
        Assert.Null(record.Models[0].Ensemble);
        Assert.Contains("seeds: mean ± std", output, StringComparison.Ordinal);
        Assert.Contains("rank_average", File.ReadAllLines(Path.Combine(store.RunFolder(record.RunId), "oof.csv"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Train_RefitModel_RecordsTheRefitInParametersDurationsAndTrainingSeconds()
    {
        using var competition = new TinyCompetition(Linear, configure: e => e with { Models = [e.Models[0] with { Refit = true }, e.Models[1]] });
        Run(competition, null, competition.Args("download"));

        var (code, output) = Run(competition, null, competition.Args("train"));

        Assert.True(code == 0, output);
        var store = new RunStore(competition.Root, "tiny");
        var record = store.Read(store.Latest()!.RunId);
        Assert.Contains("refit on all training rows", record.Models.Single(m => m.Name == "model").Parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("refit", record.Models.Single(m => m.Name == "model2").Parameters, StringComparison.Ordinal);
        Assert.Contains("refit:model", record.DurationsSeconds.Keys);
        Assert.DoesNotContain("refit:model2", record.DurationsSeconds.Keys);
    }

    [Fact]
    public void Download_MirrorMissingAFile_FailsNamingIt()
    {
        using var competition = new TinyCompetition(Linear);
        File.Delete(Path.Combine(competition.Mirror, "tiny", "test.csv"));

        var (code, output) = Run(competition, null, competition.Args("download"));

        Assert.Equal(1, code);
        Assert.Contains("lacks test.csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_Gzipped_IsDecompressedAndSkippedWhenUnchanged()
    {
        using var competition = new TinyCompetition(Linear);
        var plain = Path.Combine(competition.Mirror, "tiny", "train.csv");
        using (var output = File.Create(plain + ".gz"))
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(File.ReadAllBytes(plain));
        var expected = File.ReadAllText(plain);
        File.Delete(plain);

        Run(competition, null, competition.Args("download"));
        var (_, second) = Run(competition, null, competition.Args("download"));

        Assert.Equal(expected, File.ReadAllText(Path.Combine(competition.Root, "data", "tiny", "train.csv")));
        Assert.Contains("up to date", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_NonFinitePredictions_RefusedAndNoSubmissionWritten()
    {
        using var competition = new TinyCompetition(_ => new NaNLearner());
        Run(competition, null, competition.Args("download"));

        var (code, output) = Run(competition, null, competition.Args("train"));

        Assert.Equal(1, code);
        Assert.Contains("NaN", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(competition.Root, "submissions", "tiny")) &&
            Directory.EnumerateFiles(Path.Combine(competition.Root, "submissions", "tiny"), "*.csv").Any());
    }

    [Theory]
    [InlineData("Id,x\n", "no data rows")]
    [InlineData("Id,z\n101,1\n", "lacks column(s)")]
    public void Train_BadTestFile_FailsClearly(string testCsv, string expected)
    {
        using var competition = new TinyCompetition(Linear, testCsv: testCsv);
        Run(competition, null, competition.Args("download"));

        var (code, output) = Run(competition, null, competition.Args("train"));

        Assert.Equal(1, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_MissingTargetColumn_FailsNamingIt()
    {
        using var competition = new TinyCompetition(Linear, trainCsv: "Id,x\n1,2\n2,3\n3,4\n");
        Run(competition, null, competition.Args("download"));

        var (code, output) = Run(competition, null, competition.Args("train"));

        Assert.Equal(1, code);
        Assert.Contains("no column 'y'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_WithCredentials_UploadsAndRecordsScore()
    {
        using var competition = new TinyCompetition(Linear);
        var kaggle = new RecordingKaggle();
        Prepare(competition, kaggle);

        var (code, output) = Run(competition, kaggle, competition.Args("submit", "--wait"));

        Assert.Equal(0, code);
        Assert.Contains("public score 0.12345", output, StringComparison.Ordinal);
        Assert.Single(kaggle.Uploads);
        Assert.Contains("CV rmse", kaggle.Uploads[0].Message, StringComparison.Ordinal);
        Assert.Equal(0.12345, new RunStore(competition.Root, "tiny").Latest()!.PublicScore);
    }

    [Fact]
    public void Submit_ScoringError_FailsAfterRecordingTheUpload()
    {
        using var competition = new TinyCompetition(Linear);
        var kaggle = new RecordingKaggle { ScoringError = "Submission must have 3 rows" };
        Prepare(competition, kaggle);

        var (code, output) = Run(competition, kaggle, competition.Args("submit", "--wait"));

        Assert.NotEqual(0, code);
        Assert.Contains("Submission must have 3 rows", output, StringComparison.Ordinal);
        var store = new RunStore(competition.Root, "tiny");
        var upload = Assert.Single(store.Read(store.Latest()!.RunId).Uploads);
        Assert.Equal((42L, "ERROR"), (upload.Reference, upload.Status));
        Assert.Null(store.Latest()!.PublicScore);
    }

    [Fact]
    public void Submit_FastRunWithCredentials_NotUploaded()
    {
        using var competition = new TinyCompetition(Linear);
        var kaggle = new RecordingKaggle();
        Prepare(competition, kaggle, "--fast");

        var (code, output) = Run(competition, kaggle, competition.Args("submit", "--fast"));

        Assert.Equal(0, code);
        Assert.Contains("--fast smoke run", output, StringComparison.Ordinal);
        Assert.Empty(kaggle.Uploads);
        Assert.Empty(new RunStore(competition.Root, "tiny").Read(new RunStore(competition.Root, "tiny").Latest()!.RunId).Uploads);
    }

    [Fact]
    public void Runs_UploadWithoutWait_ScoreFetchedLaterAndRecorded()
    {
        using var competition = new TinyCompetition(Linear);
        var kaggle = new RecordingKaggle();
        Prepare(competition, kaggle, submit: true);
        var store = new RunStore(competition.Root, "tiny");
        Assert.Null(store.Latest()!.PublicScore);

        var (code, output) = Run(competition, kaggle, competition.Args("runs"));

        Assert.Equal(0, code);
        Assert.Contains("1 public score(s) fetched", output, StringComparison.Ordinal);
        Assert.Contains("0.2000", output, StringComparison.Ordinal);
        Assert.Equal(0.2, store.Latest()!.PublicScore);
        Assert.Equal("COMPLETE", store.Read(store.Latest()!.RunId).Uploads.Single().Status);
    }

    [Fact]
    public void Runs_WithCredentials_PrintsTheLeaderboardAndWhereOurBestScoreFalls()
    {
        using var competition = new TinyCompetition(Linear);
        var kaggle = new RecordingKaggle();
        Prepare(competition, kaggle, submit: true);

        var (code, output) = Run(competition, kaggle, competition.Args("runs"));

        Assert.Equal(0, code);
        Assert.Contains("public leaderboard", output, StringComparison.Ordinal);
        Assert.Contains("second", output, StringComparison.Ordinal);
        Assert.Contains("our best public score 0.20000 would place #3", output, StringComparison.Ordinal);
    }

    private sealed record NaNLearner : ILearner<NaNModel>
    {
        public NaNModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) => new(x.ColumnCount);
    }

    private sealed record NaNModel(int FeatureCount) : IRegressionModel
    {
        public void Predict(Matrix x, Span<double> destination) => destination.Fill(double.NaN);
    }
}
