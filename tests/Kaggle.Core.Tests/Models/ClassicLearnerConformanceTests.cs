using Kaggle.Core.Models.Bayes;
using Kaggle.Core.Models.Neighbors;
using Kaggle.Core.Models.Svm;
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
        new LearnerCase("GaussianNaiveBayes binary", LearnerTask.Binary, _ => new GaussianNaiveBayes(),
            RoundTrip: LearnerCase.Persist<GaussianNaiveBayesModel>),
        new LearnerCase("GaussianNaiveBayes multiclass", LearnerTask.Multiclass, _ => new GaussianNaiveBayes(),
            RoundTrip: LearnerCase.Persist<GaussianNaiveBayesModel>),
        new LearnerCase("BernoulliNaiveBayes binary", LearnerTask.Binary, _ => new BernoulliNaiveBayes(),
            RoundTrip: LearnerCase.Persist<BernoulliNaiveBayesModel>),
        new LearnerCase("BernoulliNaiveBayes multiclass", LearnerTask.Multiclass, _ => new BernoulliNaiveBayes { Binarize = 0.5 },
            RoundTrip: LearnerCase.Persist<BernoulliNaiveBayesModel>),
        new LearnerCase("SupportVectorClassifier binary", LearnerTask.Binary, seed => new SupportVectorClassifier { Seed = seed },
            RoundTrip: LearnerCase.Persist<SupportVectorClassificationModel>,
            CreateWithThreads: (seed, threads) => new SupportVectorClassifier { Seed = seed, Threads = threads }),
        new LearnerCase("SupportVectorClassifier multiclass", LearnerTask.Multiclass, seed => new SupportVectorClassifier { Kernel = SvmKernel.Polynomial, Seed = seed },
            RoundTrip: LearnerCase.Persist<SupportVectorClassificationModel>),
        new LearnerCase("SupportVectorRegressor", LearnerTask.Regression, _ => new SupportVectorRegressor { C = 10 },
            RoundTrip: LearnerCase.Persist<SupportVectorRegressionModel>,
            CreateWithThreads: (_, threads) => new SupportVectorRegressor { C = 10, Threads = threads }),
    ];

    [Theory]
    [MemberData(nameof(LearnerCases))]
    public void Learner_SatisfiesContract(LearnerCase c) => LearnerConformance.All(c);
}
