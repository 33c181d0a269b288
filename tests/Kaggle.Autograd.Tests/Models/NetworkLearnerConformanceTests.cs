using Kaggle.Autograd.Models;
using Kaggle.Autograd.Native;
using Kaggle.Testing;

namespace Kaggle.Autograd.Tests.Models;

public sealed class NetworkLearnerConformanceTests
{
    // Tiny nets and few epochs keep the whole theory to seconds; a higher rate makes up for the short runs.
    private static readonly TrainingSettings s_quick = new() { Epochs = 12, BatchSize = 32, LearningRate = 0.01 };

    public static List<LearnerCase> Cases
    {
        get
        {
            var cases = new List<LearnerCase>
            {
                Case("MlpClassifier binary", LearnerTask.Binary, (seed, threads) => new MlpClassifier { Hidden = [16], Training = s_quick, Seed = seed, Threads = threads }),
                Case("MlpClassifier multiclass, batch norm, dropout", LearnerTask.Multiclass,
                    (seed, threads) => new MlpClassifier { Hidden = [16, 8], BatchNorm = true, Dropout = 0.1, Training = s_quick with { Optimizer = OptimizerKind.AdamW, Schedule = ScheduleKind.Cosine }, Seed = seed, Threads = threads }),
                Case("MlpClassifier tanh, SGD Nesterov", LearnerTask.Multiclass,
                    (seed, threads) => new MlpClassifier { Hidden = [12], Activation = Activation.Tanh, Training = s_quick with { Optimizer = OptimizerKind.Sgd, LearningRate = 0.05, Nesterov = true }, Seed = seed, Threads = threads }),
                Case("MlpRegressor", LearnerTask.Regression, (seed, threads) => new MlpRegressor { Hidden = [32], Training = s_quick with { Epochs = 30 }, Seed = seed, Threads = threads }),
                Case("CnnClassifier on 2x2 images", LearnerTask.Multiclass,
                    (seed, threads) => new CnnClassifier { Height = 2, Width = 2, Filters = [4], ConvsPerBlock = 1, Dense = [8], Dropout = 0, Training = s_quick, Seed = seed, Threads = threads }),
                Case("CnnClassifier on 2x2 images, test-time augmentation", LearnerTask.Multiclass,
                    (seed, threads) => new CnnClassifier { Height = 2, Width = 2, Filters = [4], ConvsPerBlock = 1, Dense = [8], Dropout = 0, TestTime = new(1, 10, 0.1), Training = s_quick, Seed = seed, Threads = threads }),
            };
            if (OpenBlasGemm.TryLoad(out _, out _))
                cases.Add(Case("MlpClassifier on OpenBLAS", LearnerTask.Multiclass,
                    (seed, threads) => new MlpClassifier { Hidden = [16], Training = s_quick, Gemm = GemmBackend.OpenBlas, Seed = seed, Threads = threads }));
            return cases;
        }
    }

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases);

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases, learner, check);

    private static LearnerCase Case<TModel>(string name, LearnerTask task, Func<int, int, Kaggle.Core.Models.ILearner<TModel>> create)
        where TModel : Kaggle.Core.Models.IModel, Kaggle.Core.Models.IPersistable<TModel> =>
        new(name, task, seed => (Kaggle.Core.Models.ILearner<Kaggle.Core.Models.IModel>)create(seed, 0),
            RoundTrip: LearnerCase.Persist<TModel>,
            CreateWithThreads: (seed, threads) => (Kaggle.Core.Models.ILearner<Kaggle.Core.Models.IModel>)create(seed, threads));
}
