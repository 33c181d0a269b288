using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class TreeLearnerConformanceTests
{
    public static LearnerCase[] Cases() =>
    [
        new LearnerCase("DecisionTreeClassifier", LearnerTask.Binary,
            seed => new DecisionTreeClassifier { MaxDepth = 3, MinSamplesLeaf = 40, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<DecisionTreeClassificationModel>),
        new LearnerCase("DecisionTreeClassifier.entropy.multiclass", LearnerTask.Multiclass,
            seed => new DecisionTreeClassifier { Criterion = SplitCriterion.Entropy, MaxDepth = 4, MinSamplesLeaf = 25, MaxFeatures = MaxFeatures.Count(2), Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<DecisionTreeClassificationModel>),
        new LearnerCase("DecisionTreeRegressor", LearnerTask.Regression,
            seed => new DecisionTreeRegressor { MaxDepth = 6, MinSamplesLeaf = 5, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<DecisionTreeRegressionModel>),
        new LearnerCase("RandomForestClassifier", LearnerTask.Binary,
            seed => new RandomForestClassifier { Trees = 12, MinSamplesLeaf = 3, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestClassificationModel>,
            CreateWithThreads: (seed, threads) => new RandomForestClassifier { Trees = 12, MinSamplesLeaf = 3, Seed = seed, Threads = threads }),
        new LearnerCase("RandomForestClassifier.multiclass", LearnerTask.Multiclass,
            seed => new RandomForestClassifier { Trees = 10, MaxDepth = 8, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestClassificationModel>,
            CreateWithThreads: (seed, threads) => new RandomForestClassifier { Trees = 10, MaxDepth = 8, Seed = seed, Threads = threads }),
        new LearnerCase("ExtraTreesClassifier", LearnerTask.Binary,
            seed => new ExtraTreesClassifier { Trees = 20, MinSamplesLeaf = 2, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestClassificationModel>,
            CreateWithThreads: (seed, threads) => new ExtraTreesClassifier { Trees = 20, MinSamplesLeaf = 2, Seed = seed, Threads = threads }),
        new LearnerCase("ExtraTreesClassifier.multiclass", LearnerTask.Multiclass,
            seed => new ExtraTreesClassifier { Trees = 20, MaxDepth = 8, Criterion = SplitCriterion.Entropy, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestClassificationModel>),
        new LearnerCase("ExtraTreesRegressor", LearnerTask.Regression,
            seed => new ExtraTreesRegressor { Trees = 20, MinSamplesLeaf = 2, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestRegressionModel>,
            CreateWithThreads: (seed, threads) => new ExtraTreesRegressor { Trees = 20, MinSamplesLeaf = 2, Seed = seed, Threads = threads }),
        new LearnerCase("RandomForestRegressor", LearnerTask.Regression,
            seed => new RandomForestRegressor { Trees = 12, MinSamplesLeaf = 3, MaxFeatures = MaxFeatures.Fraction(0.6), Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<RandomForestRegressionModel>,
            CreateWithThreads: (seed, threads) => new RandomForestRegressor { Trees = 12, MinSamplesLeaf = 3, MaxFeatures = MaxFeatures.Fraction(0.6), Seed = seed, Threads = threads }),
        new LearnerCase("HistGradientBoostingClassifier", LearnerTask.Binary,
            seed => new HistGradientBoostingClassifier { Rounds = 30, MaxLeaves = 8, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<HistGradientBoostingClassificationModel>,
            CreateWithThreads: (seed, threads) => new HistGradientBoostingClassifier { Rounds = 30, MaxLeaves = 8, RowSubsample = 0.8, ColumnSubsample = 0.8, Seed = seed, Threads = threads }),
        new LearnerCase("HistGradientBoostingClassifier.multiclass", LearnerTask.Multiclass,
            seed => new HistGradientBoostingClassifier { Rounds = 25, MaxLeaves = 6, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<HistGradientBoostingClassificationModel>,
            CreateWithThreads: (seed, threads) => new HistGradientBoostingClassifier { Rounds = 25, MaxLeaves = 6, Seed = seed, Threads = threads }),
        new LearnerCase("HistGradientBoostingRegressor", LearnerTask.Regression,
            seed => new HistGradientBoostingRegressor { Rounds = 40, MaxLeaves = 8, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<HistGradientBoostingRegressionModel>,
            CreateWithThreads: (seed, threads) => new HistGradientBoostingRegressor { Rounds = 40, MaxLeaves = 8, RowSubsample = 0.7, Seed = seed, Threads = threads }),
        new LearnerCase("HistGradientBoostingRegressor.l1", LearnerTask.Regression,
            seed => new HistGradientBoostingRegressor { Loss = RegressionLoss.AbsoluteError, Rounds = 40, MaxLeaves = 8, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<HistGradientBoostingRegressionModel>),
        new LearnerCase("HistGradientBoostingRegressor.huber.depthwise", LearnerTask.Regression,
            seed => new HistGradientBoostingRegressor { Loss = RegressionLoss.Huber, Rounds = 40, MaxLeaves = null, MaxDepth = 3, Seed = seed },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<HistGradientBoostingRegressionModel>),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases(), learner, check);
}
