using Kaggle.MlNet.Learners;
using Kaggle.Testing;
using Microsoft.ML;

namespace Kaggle.MlNet.Tests.Conformance;

public sealed class MlNetConformanceTests
{
    // ML.NET trainers see the Weight column only when built with exampleWeightColumnName, which these are not.
    // Few SDCA passes and small tree ensembles keep the theory short (SDCA's own default ran minutes on regression).
    private static MlNetClassifier Lbfgs(int seed) => new()
    {
        Name = "ML.NET L-BFGS", Seed = seed,
        Binary = ml => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(),
        Multiclass = ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(),
    };

    private static MlNetClassifier Sdca(int seed) => new()
    {
        Name = "ML.NET SDCA", Seed = seed,
        Binary = ml => ml.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 10),
        Multiclass = ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 10),
    };

    private static MlNetClassifier FastTree(int seed) => new()
    {
        Name = "ML.NET FastTree", Seed = seed, AllowMissing = true,
        Binary = ml => ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 20),
    };

    private static MlNetClassifier LightGbm(int seed) => new()
    {
        Name = "ML.NET LightGBM", Seed = seed, AllowMissing = true,
        Binary = ml => ml.BinaryClassification.Trainers.LightGbm(numberOfLeaves: 8, numberOfIterations: 20),
        Multiclass = ml => ml.MulticlassClassification.Trainers.LightGbm(numberOfLeaves: 8, numberOfIterations: 20),
    };

    public static LearnerCase[] LearnerCases() =>
    [
        new LearnerCase("ML.NET L-BFGS binary", LearnerTask.Binary, s => Lbfgs(s), RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET L-BFGS multiclass", LearnerTask.Multiclass, s => Lbfgs(s), RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET SDCA binary", LearnerTask.Binary, s => Sdca(s), RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET SDCA multiclass", LearnerTask.Multiclass, s => Sdca(s), RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET SDCA regression", LearnerTask.Regression,
            s => new MlNetRegressor { Name = "ML.NET SDCA", Seed = s, Trainer = ml => ml.Regression.Trainers.Sdca(maximumNumberOfIterations: 10) },
            RoundTrip: LearnerCase.Persist<MlNetRegressionModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET FastTree binary", LearnerTask.Binary, s => FastTree(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET FastTree regression", LearnerTask.Regression,
            s => new MlNetRegressor
            {
                Name = "ML.NET FastTree", Seed = s, AllowMissing = true,
                Trainer = ml => ml.Regression.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 20),
            },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<MlNetRegressionModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET LightGBM binary", LearnerTask.Binary, s => LightGbm(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET LightGBM multiclass", LearnerTask.Multiclass, s => LightGbm(s), HandlesMissing: true,
            RoundTrip: LearnerCase.Persist<MlNetClassificationModel>, AcceptsSampleWeights: false),
        new LearnerCase("ML.NET LightGBM regression", LearnerTask.Regression,
            s => new MlNetRegressor
            {
                Name = "ML.NET LightGBM", Seed = s, AllowMissing = true,
                Trainer = ml => ml.Regression.Trainers.LightGbm(numberOfLeaves: 8, numberOfIterations: 20),
            },
            HandlesMissing: true, RoundTrip: LearnerCase.Persist<MlNetRegressionModel>, AcceptsSampleWeights: false),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(LearnerCases(), learner, check);
}
