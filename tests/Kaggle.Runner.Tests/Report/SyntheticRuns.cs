using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Runner.Report;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Tests.Report;

/// <summary>
/// Run records and prediction frames made up for the report's tests: a full binary run (two models, a blend, importances,
/// an epoch log, a booster curve, adversarial validation, history with a public score), a bare run with none of the
/// optional parts, and multiclass and regression predictions.
/// </summary>
internal static class SyntheticRuns
{
    public static RunRecord Record(string runId = "20261204-120000_blend_cv0.8000", double mean = 0.8, double? publicScore = null, bool full = true)
    {
        var folds = Enumerable.Range(0, 5).Select(k => new FoldScore(0, 42, k, mean - 0.02 + 0.01 * k, 0.1)).ToList();
        var cv = new CvSummary("auc", true, mean, 0.014, mean + 0.001, folds);
        var models = new List<ModelRecord>
        {
            new("logreg", "LogisticRegression { C = 1 }", cv with { Mean = mean - 0.01 }, 0.5),
            new("gbdt", "HistGradientBoostingClassifier { }", cv with { Mean = mean - 0.02 }, 1.5),
        };
        if (full)
            models.Add(new ModelRecord("blend", "Blend", cv, 0.1) { Ensemble = new EnsembleParameters("blend", "blend", ["logreg", "gbdt"]) { Weights = [0.3, 0.7] } });
        return new RunRecord
        {
            RunId = runId,
            Competition = "synthetic",
            CreatedUtc = new DateTime(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc),
            Fingerprint = "f",
            Git = new GitState("0123456789abcdef", false, "main"),
            CodeHash = "c",
            Data = [],
            Parameters = new Dictionary<string, string>(),
            Seeds = [42],
            FoldScheme = "stratified 5-fold × 1",
            Models = models,
            Final = full ? "blend" : "logreg",
            Cv = cv,
            Submission = new SubmissionFileRecord("submissions/synthetic/x.csv", "h", 100),
            Versions = new Dictionary<string, string>(),
            DurationsSeconds = new Dictionary<string, double> { ["total"] = 3.5 },
            PublicScore = publicScore,
            Logs = full
                ? new Dictionary<string, IReadOnlyList<string>>
                {
                    ["mlp training"] = ["seed 42 fold 1: epoch 1: loss 0.70000, accuracy 0.50000, validation loss 0.69000, learning rate 0.001, 0.10 s",
                        "seed 42 fold 1: epoch 2: loss 0.50000, accuracy 0.70000, validation loss 0.55000, learning rate 0.001, 0.10 s",
                        "seed 42 fold 2: epoch 1: loss 0.60000, accuracy 0.60000, validation loss 0.61000, learning rate 0.001, 0.10 s"],
                }
                : new Dictionary<string, IReadOnlyList<string>>(),
            Importance = full
                ? new Dictionary<string, FeatureImportanceRecord>
                {
                    ["gbdt"] = new("gain", 3, [new("Sex", 0.6, 0.05), new("Fare", 0.3, 0.04), new("Age", 0.1, 0.02)]),
                    ["logreg"] = new("coefficient", 2, [new("Sex", -1.2, 0.1), new("Pclass", 0.4, 0.05)]),
                }
                : new Dictionary<string, FeatureImportanceRecord>(),
            Curves = full
                ? new Dictionary<string, LearningCurveRecord> { ["gbdt"] = new("validation log-loss", 5, [0.69, 0.6, 0.55, 0.56, 0.58]) }
                : new Dictionary<string, LearningCurveRecord>(),
            Adversarial = full ? new AdversarialRecord("adversarial_gbdt", 0.83, 100, 50, [new("Fare", 0.7, 0.1), new("Age", 0.3, 0.1)]) { Holdout = 0.2 } : null,
        };
    }

    /// <summary>A binary run: 100 training rows whose label is 1 for the upper half, scores that rank them perfectly.</summary>
    public static ReportInput Binary(bool full = true)
    {
        var run = Record(full: full);
        var target = Enumerable.Range(0, 100).Select(i => i < 50 ? 0.0 : 1.0).ToArray();
        var score = Enumerable.Range(0, 100).Select(i => (i + 0.5) / 100).ToArray();
        var oof = new Frame([new NumericColumn("id", Ids(100)), new NumericColumn("target", target), new NumericColumn("logreg", score),
            new NumericColumn("gbdt", score), new NumericColumn("blend", score)]);
        var test = new Frame([new NumericColumn("id", Ids(40)), new NumericColumn("logreg", Constant(40, 0.3)),
            new NumericColumn("gbdt", Constant(40, 0.3)), new NumericColumn("blend", Constant(40, 0.3))]);
        var history = new[] { Record("20261203-120000_logreg_cv0.7800", 0.78, publicScore: 0.765), run };
        return new ReportInput(run, history, TaskKind.Binary, ["0", "1"]) { OutOfFold = oof, Test = test };
    }

    /// <summary>A three-class run (final model "logreg", columns logreg_0..2) where class 2 is always predicted as class 1.</summary>
    public static ReportInput Multiclass()
    {
        var run = Record(full: false);
        var target = new double[] { 0, 0, 1, 1, 2, 2 };
        double[][] p = [[0.8, 0.7, 0.1, 0.1, 0.1, 0.1], [0.1, 0.2, 0.8, 0.7, 0.6, 0.6], [0.1, 0.1, 0.1, 0.2, 0.3, 0.3]];
        var oof = new Frame([new NumericColumn("id", Ids(6)), new NumericColumn("target", target),
            new NumericColumn("logreg_0", p[0]), new NumericColumn("logreg_1", p[1]), new NumericColumn("logreg_2", p[2])]);
        return new ReportInput(run, [run], TaskKind.Multiclass, ["a", "b", "c"]) { OutOfFold = oof, Test = oof };
    }

    /// <summary>A regression run whose final model ("logreg") predicts target − 1 everywhere.</summary>
    public static ReportInput Regression()
    {
        var run = Record(full: false);
        var target = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var oof = new Frame([new NumericColumn("id", Ids(20)), new NumericColumn("target", target), new NumericColumn("logreg", [.. target.Select(v => v - 1)])]);
        return new ReportInput(run, [run], TaskKind.Regression, []) { OutOfFold = oof, Test = oof.Without("target") };
    }

    private static double[] Ids(int n) => [.. Enumerable.Range(1, n).Select(i => (double)i)];

    private static double[] Constant(int n, double value) => [.. Enumerable.Repeat(value, n)];
}
