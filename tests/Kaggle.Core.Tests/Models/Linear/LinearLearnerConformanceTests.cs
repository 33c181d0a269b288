using Kaggle.Core.Models.Linear;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LinearLearnerConformanceTests
{
    public static LearnerCase[] LearnerCases() =>
    [
        // Explicit solvers: Auto picks L-BFGS for dense and trust-region Newton for CSR, equal only to their tolerances.
        new LearnerCase("LogisticRegression binary", LearnerTask.Binary, _ => new LogisticRegression { Solver = LogisticSolver.Lbfgs },
            RoundTrip: LearnerCase.Persist<LogisticRegressionModel>,
            CreateWithThreads: (_, threads) => new LogisticRegression { Solver = LogisticSolver.Lbfgs, Threads = threads }),
        new LearnerCase("LogisticRegression binary trust-region", LearnerTask.Binary, _ => new LogisticRegression { Solver = LogisticSolver.TrustRegionNewton },
            RoundTrip: LearnerCase.Persist<LogisticRegressionModel>,
            CreateWithThreads: (_, threads) => new LogisticRegression { Solver = LogisticSolver.TrustRegionNewton, Threads = threads }),
        new LearnerCase("LogisticRegression multinomial", LearnerTask.Multiclass, _ => new LogisticRegression { C = 0.5 },
            RoundTrip: LearnerCase.Persist<LogisticRegressionModel>,
            CreateWithThreads: (_, threads) => new LogisticRegression { C = 0.5, Threads = threads }),
        new LearnerCase("LinearRegression", LearnerTask.Regression, _ => new LinearRegression(),
            RoundTrip: LearnerCase.Persist<LinearModel>),
        new LearnerCase("RidgeRegression", LearnerTask.Regression, _ => new RidgeRegression { Alpha = 3 },
            RoundTrip: LearnerCase.Persist<LinearModel>),
        new LearnerCase("Lasso", LearnerTask.Regression, _ => new Lasso { Alpha = 0.05 },
            RoundTrip: LearnerCase.Persist<LinearModel>),
        new LearnerCase("ElasticNetCV", LearnerTask.Regression, _ => new ElasticNetCV { AlphaCount = 8, Folds = 3 },
            RoundTrip: LearnerCase.Persist<ElasticNetCVModel>),
        new LearnerCase("KernelRidge", LearnerTask.Regression, _ => new KernelRidge { Alpha = 0.1, Gamma = 0.5 },
            RoundTrip: LearnerCase.Persist<KernelRidgeModel>),
        new LearnerCase("HuberRegressor", LearnerTask.Regression, _ => new HuberRegressor(),
            RoundTrip: LearnerCase.Persist<LinearModel>),
        new LearnerCase("ElasticNet", LearnerTask.Regression, _ => new ElasticNet { Alpha = 0.05, L1Ratio = 0.5 },
            RoundTrip: LearnerCase.Persist<LinearModel>),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(LearnerCases(), learner, check);
}
