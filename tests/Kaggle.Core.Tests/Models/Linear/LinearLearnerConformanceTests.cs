using Kaggle.Core.Models.Linear;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LinearLearnerConformanceTests
{
    public static TheoryData<LearnerCase> LearnerCases() =>
    [
        new LearnerCase("LogisticRegression binary", LearnerTask.Binary, _ => new LogisticRegression(),
            RoundTrip: LearnerCase.Persist<LogisticRegressionModel>,
            CreateWithThreads: (_, threads) => new LogisticRegression { Threads = threads }),
        new LearnerCase("LogisticRegression multinomial", LearnerTask.Multiclass, _ => new LogisticRegression { C = 0.5 },
            RoundTrip: LearnerCase.Persist<LogisticRegressionModel>,
            CreateWithThreads: (_, threads) => new LogisticRegression { C = 0.5, Threads = threads }),
        new LearnerCase("LinearRegression", LearnerTask.Regression, _ => new LinearRegression(),
            RoundTrip: LearnerCase.Persist<LinearModel>),
        new LearnerCase("RidgeRegression", LearnerTask.Regression, _ => new RidgeRegression { Alpha = 3 },
            RoundTrip: LearnerCase.Persist<LinearModel>),
    ];

    [Theory]
    [MemberData(nameof(LearnerCases))]
    public void Learner_SatisfiesContract(LearnerCase c) => LearnerConformance.All(c);
}
