using Kaggle.Core.Features;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Tests.Runner;
using RunnerStages = Kaggle.Runner.Tests.Runner.Stages;

namespace Kaggle.Runner.Tests.Report;

public sealed class ReportStageTests
{
    private static ILearner<IModel> Linear(int seed) => new LinearRegression();

    private static RunRecord Train(TinyCompetition competition)
    {
        Assert.Equal(0, RunnerStages.Run(competition, null, competition.Args("download")).Code);
        var (code, output) = RunnerStages.Run(competition, null, competition.Args("train"));
        Assert.True(code == 0, output);
        var store = new RunStore(competition.Root, "tiny");
        return store.Read(store.Latest()!.RunId);
    }

    [Fact]
    public void Train_LinearModels_WritesReportAndRecordsCoefficients()
    {
        using var competition = new TinyCompetition(Linear);

        var record = Train(competition);

        var folder = new RunStore(competition.Root, "tiny").RunFolder(record.RunId);
        var report = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<section id=\"importance\">", report, StringComparison.Ordinal);
        Assert.Contains("model: coefficient, top 1 of 1 features", report, StringComparison.Ordinal);
        var importance = record.Importance["model"];
        Assert.Equal("coefficient", importance.Kind);
        Assert.Equal("x", importance.Features.Single().Feature);
        Assert.Equal(2.0, importance.Features.Single().Mean, 6); // y = 2x + 1
    }

    [Fact]
    public void Report_Verb_RebuildsTheLatestRunsReport()
    {
        using var competition = new TinyCompetition(Linear);
        var record = Train(competition);
        var path = Path.Combine(new RunStore(competition.Root, "tiny").RunFolder(record.RunId), "report.html");
        File.Delete(path);

        var (code, output) = RunnerStages.Run(competition, null, competition.Args("report"));

        Assert.True(code == 0, output);
        Assert.True(File.Exists(path));
        Assert.Contains(record.RunId, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownRun_FailsNamingTheRunAndRecentOnes()
    {
        using var competition = new TinyCompetition(Linear);
        var record = Train(competition);

        var (code, output) = RunnerStages.Run(competition, null, competition.Args("report", "--run", "nope"));

        Assert.Equal(1, code);
        Assert.Contains("--run=nope: no run record", output, StringComparison.Ordinal);
        Assert.Contains(record.RunId, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_AdversarialScheme_ValidatesOnOneTestLikeHoldoutAndRecordsIt()
    {
        using var competition = new TinyCompetition(seed => new DecisionTreeRegressor { MaxDepth = 3 }, configure: e => e with
        {
            Adversarial = new ModelSpec("adversarial_tree", new FeaturePipeline(), _ => new DecisionTreeClassifier { MaxDepth = 2 }),
        });
        UseScheme(competition, "\"scheme\":\"adversarial\",\"folds\":3,\"repeats\":2,\"holdout\":0.2");

        var record = Train(competition);

        Assert.Equal(2, record.Cv.Folds.Count); // one hold-out per repeat
        var adversarial = record.Adversarial!;
        Assert.Equal("adversarial_tree", adversarial.Model);
        Assert.Equal(0.2, adversarial.Holdout);
        Assert.Equal("x", adversarial.TopFeatures.Single().Feature);
        Assert.InRange(adversarial.Auc, 0, 1);
        var report = File.ReadAllText(Path.Combine(new RunStore(competition.Root, "tiny").RunFolder(record.RunId), "report.html"));
        Assert.Contains("<b>20%</b> most test-like", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_AdversarialSchemeWithoutClassifier_FailsSayingWhatToSet()
    {
        using var competition = new TinyCompetition(Linear);
        UseScheme(competition, "\"scheme\":\"adversarial\",\"folds\":3");
        Assert.Equal(0, RunnerStages.Run(competition, null, competition.Args("download")).Code);

        var (code, output) = RunnerStages.Run(competition, null, competition.Args("train"));

        Assert.Equal(1, code);
        Assert.Contains("Experiment.Adversarial", output, StringComparison.Ordinal);
    }

    private static void UseScheme(TinyCompetition competition, string cv)
    {
        var json = File.ReadAllText(competition.ConfigPath);
        File.WriteAllText(competition.ConfigPath, json.Replace("\"scheme\":\"kfold\",\"folds\":3,\"repeats\":2", cv, StringComparison.Ordinal));
    }
}
