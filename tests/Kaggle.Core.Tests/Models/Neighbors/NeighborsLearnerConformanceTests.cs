using Kaggle.Core.Models.Neighbors;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Neighbors;

public sealed class NeighborsLearnerConformanceTests
{
    public static LearnerCase[] Cases() =>
    [
        new LearnerCase("KNearestNeighborsClassifier binary distance", LearnerTask.Binary, _ => new KNearestNeighborsClassifier { K = 25, Weighting = NeighborWeighting.Distance },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsClassificationModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsClassifier { K = 25, Threads = threads }),
        new LearnerCase("KNearestNeighborsClassifier multiclass brute", LearnerTask.Multiclass, _ => new KNearestNeighborsClassifier { K = 25, Algorithm = NeighborAlgorithm.Brute },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsClassificationModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsClassifier { K = 25, Algorithm = NeighborAlgorithm.Brute, Threads = threads }),
        new LearnerCase("KNearestNeighborsRegressor", LearnerTask.Regression, _ => new KNearestNeighborsRegressor { K = 10, Weighting = NeighborWeighting.Distance },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsRegressionModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsRegressor { K = 10, Metric = DistanceMetric.Manhattan, Threads = threads }),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases(), learner, check);
}
