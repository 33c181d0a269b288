using Kaggle.Core.Models.Neighbors;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models;

/// <summary>The learner contract for the classic algorithms: nearest neighbours, naive Bayes, SVMs.</summary>
public sealed class ClassicLearnerConformanceTests
{
    public static TheoryData<LearnerCase> LearnerCases() =>
    [
        new LearnerCase("KNearestNeighborsClassifier binary", LearnerTask.Binary, _ => new KNearestNeighborsClassifier { K = 25, Weighting = NeighborWeighting.Distance },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsClassificationModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsClassifier { K = 25, Threads = threads }),
        new LearnerCase("KNearestNeighborsClassifier multiclass brute", LearnerTask.Multiclass, _ => new KNearestNeighborsClassifier { K = 25, Algorithm = NeighborAlgorithm.Brute },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsClassificationModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsClassifier { K = 25, Algorithm = NeighborAlgorithm.Brute, Threads = threads }),
        new LearnerCase("KNearestNeighborsRegressor", LearnerTask.Regression, _ => new KNearestNeighborsRegressor { K = 10, Weighting = NeighborWeighting.Distance },
            RoundTrip: LearnerCase.Persist<KNearestNeighborsRegressionModel>,
            CreateWithThreads: (_, threads) => new KNearestNeighborsRegressor { K = 10, Metric = DistanceMetric.Manhattan, Threads = threads }),
    ];

    [Theory]
    [MemberData(nameof(LearnerCases))]
    public void Learner_SatisfiesContract(LearnerCase c) => LearnerConformance.All(c);
}
