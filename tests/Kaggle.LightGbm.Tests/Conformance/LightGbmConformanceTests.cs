using Kaggle.Testing;

namespace Kaggle.LightGbm.Tests.Conformance;

public sealed class LightGbmConformanceTests
{
    // Few small trees keep the theory to seconds; bagging and feature sampling on, so the seed matters. Small
    // MinChildSamples lets the one-row and tiny fits of the contract grow trees at all.
    private static LightGbmRegressor Regressor(int seed, int threads = 0) =>
        new() { Rounds = 20, MaxLeaves = 8, MinChildSamples = 5, ColumnSubsample = 0.8, RowSubsample = 0.8, Seed = seed, Threads = threads };

    private static LightGbmClassifier Classifier(int seed, int threads = 0) =>
        new() { Rounds = 20, MaxLeaves = 8, MinChildSamples = 5, ColumnSubsample = 0.8, RowSubsample = 0.8, Seed = seed, Threads = threads };

    public static LearnerCase[] LearnerCases() =>
    [
        new LearnerCase("LightGbmRegressor", LearnerTask.Regression, s => Regressor(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<LightGbmRegressionModel>, CreateWithThreads: (s, t) => Regressor(s, t)),
        new LearnerCase("LightGbmRegressor huber", LearnerTask.Regression, s => Regressor(s) with { Loss = LightGbmLoss.Huber, HuberDelta = 1 },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<LightGbmRegressionModel>,
            CreateWithThreads: (s, t) => Regressor(s, t) with { Loss = LightGbmLoss.Huber, HuberDelta = 1 }),
        new LearnerCase("LightGbmClassifier binary", LearnerTask.Binary, s => Classifier(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<LightGbmClassificationModel>, CreateWithThreads: (s, t) => Classifier(s, t)),
        new LearnerCase("LightGbmClassifier multiclass", LearnerTask.Multiclass, s => Classifier(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<LightGbmClassificationModel>, CreateWithThreads: (s, t) => Classifier(s, t)),
        new LearnerCase("LightGbmClassifier early stopping", LearnerTask.Binary,
            s => Classifier(s) with { Rounds = 60, EarlyStoppingRounds = 5 }, HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<LightGbmClassificationModel>,
            CreateWithThreads: (s, t) => Classifier(s, t) with { Rounds = 60, EarlyStoppingRounds = 5 }),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(LearnerCases(), learner, check);
}
