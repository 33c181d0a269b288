using Kaggle.Core.Models.Svm;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class SvmLearnerConformanceTests
{
    public static LearnerCase[] Cases() =>
    [
        new LearnerCase("SupportVectorClassifier binary", LearnerTask.Binary, seed => new SupportVectorClassifier { Seed = seed },
            RoundTrip: LearnerCase.Persist<SupportVectorClassificationModel>,
            CreateWithThreads: (seed, threads) => new SupportVectorClassifier { Seed = seed, Threads = threads }),
        new LearnerCase("SupportVectorClassifier multiclass polynomial", LearnerTask.Multiclass, seed => new SupportVectorClassifier { Kernel = SvmKernel.Polynomial, Seed = seed },
            RoundTrip: LearnerCase.Persist<SupportVectorClassificationModel>,
            CreateWithThreads: (seed, threads) => new SupportVectorClassifier { Kernel = SvmKernel.Polynomial, Seed = seed, Threads = threads }),
        new LearnerCase("SupportVectorRegressor", LearnerTask.Regression, _ => new SupportVectorRegressor { C = 10 },
            RoundTrip: LearnerCase.Persist<SupportVectorRegressionModel>,
            CreateWithThreads: (_, threads) => new SupportVectorRegressor { C = 10, Threads = threads }),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases(), learner, check);
}
