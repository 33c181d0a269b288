using Kaggle.Testing;

namespace Kaggle.XGBoost.Tests.Conformance;

public sealed class XGBoostConformanceTests
{
    // Few small trees keep the whole theory to a few seconds; sampling on, so the seed actually matters.
    private static XGBoostRegressor Regressor(int seed, int threads = 0) =>
        new() { Rounds = 20, MaxDepth = 4, LearningRate = 0.3, RowSubsample = 0.8, ColumnSubsample = 0.8, Seed = seed, Threads = threads };

    private static XGBoostClassifier Classifier(int seed, int threads = 0) =>
        new() { Rounds = 20, MaxDepth = 4, LearningRate = 0.3, RowSubsample = 0.8, ColumnSubsample = 0.8, Seed = seed, Threads = threads };

    public static LearnerCase[] LearnerCases() =>
    [
        new LearnerCase("XGBoostRegressor", LearnerTask.Regression, s => Regressor(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<XGBoostModel>, CreateWithThreads: (s, t) => Regressor(s, t)),
        new LearnerCase("XGBoostRegressor lossguide", LearnerTask.Regression,
            s => Regressor(s) with { GrowPolicy = XGBoostGrowPolicy.LossGuide, MaxDepth = null, MaxLeaves = 8 }, HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<XGBoostModel>,
            CreateWithThreads: (s, t) => Regressor(s, t) with { GrowPolicy = XGBoostGrowPolicy.LossGuide, MaxDepth = null, MaxLeaves = 8 }),
        new LearnerCase("XGBoostClassifier binary", LearnerTask.Binary, s => Classifier(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<XGBoostClassificationModel>, CreateWithThreads: (s, t) => Classifier(s, t)),
        new LearnerCase("XGBoostClassifier multiclass", LearnerTask.Multiclass, s => Classifier(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<XGBoostClassificationModel>, CreateWithThreads: (s, t) => Classifier(s, t)),
        new LearnerCase("XGBoostClassifier early stopping", LearnerTask.Binary,
            s => Classifier(s) with { Rounds = 60, EarlyStoppingRounds = 5, Parameters = XGBoostParameters.Empty.With("gamma", "0.1") },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<XGBoostClassificationModel>,
            CreateWithThreads: (s, t) => Classifier(s, t) with { Rounds = 60, EarlyStoppingRounds = 5 }),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check)
    {
        RequireXGBoost.Library();

        LearnerConformance.Run(LearnerCases(), learner, check);
    }
}
