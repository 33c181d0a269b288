using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Bayes;
using Kaggle.Core.Models.Linear;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models;

/// <summary>
/// The learner contract for the sparse text learners: the shared dense conformance suite (naive Bayes and NB-SVM see
/// exp(x) of the synthetic features, since they need non-negative input), plus the sparse checks: CSR and dense fits
/// agree, CSR prediction is pure and row-wise, round trips predict identically from CSR, all-zero rows are fine.
/// </summary>
public sealed class SparseLearnerConformanceTests
{
    public static LearnerCase[] LearnerCases() =>
    [
        new LearnerCase("LinearSvc binary", LearnerTask.Binary, seed => new LinearSvc { Seed = seed },
            RoundTrip: LearnerCase.Persist<LinearSvcModel>),
        new LearnerCase("LinearSvc hinge multiclass", LearnerTask.Multiclass, seed => new LinearSvc { Loss = SvmLoss.Hinge, Seed = seed },
            RoundTrip: LearnerCase.Persist<LinearSvcModel>),
        new LearnerCase("MultinomialNaiveBayes on exp(x)", LearnerTask.Multiclass, _ => new ExpFeatures(new MultinomialNaiveBayes()),
            RoundTrip: ExpFeatures.Persist<MultinomialNaiveBayesModel>),
        new LearnerCase("ComplementNaiveBayes on exp(x)", LearnerTask.Binary, _ => new ExpFeatures(new ComplementNaiveBayes()),
            RoundTrip: ExpFeatures.Persist<MultinomialNaiveBayesModel>),
        new LearnerCase("NbSvm on exp(x)", LearnerTask.Binary, _ => new ExpFeatures(new NbSvm { Binarize = false }),
            RoundTrip: ExpFeatures.Persist<NbSvmModel>),
    ];

    public static TheoryData<string> SparseCases => [.. s_sparse.Keys];

    // Logistic regression pins one solver: Auto runs L-BFGS on dense input and trust-region Newton on CSR, which agree
    // only to their stopping tolerances.
    private static readonly Dictionary<string, Func<ISparseLearner<IClassificationModel>>> s_sparse = new()
    {
        ["LogisticRegression"] = () => new LogisticRegression { Solver = LogisticSolver.TrustRegionNewton },
        ["LinearSvc"] = () => new LinearSvc { Tolerance = 1e-8, MaxIterations = 100_000 },
        ["MultinomialNaiveBayes"] = () => new MultinomialNaiveBayes(),
        ["ComplementNaiveBayes"] = () => new ComplementNaiveBayes { Norm = true },
        ["NbSvm"] = () => new NbSvm { Classifier = new LogisticRegression { C = 4, Solver = LogisticSolver.TrustRegionNewton } },
    };

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(LearnerCases(), learner, check);

    [Theory]
    [MemberData(nameof(SparseCases))]
    public void FitCsr_SameDataDense_SamePredictions(string name)
    {
        var (x, y) = SparseData();

        var sparse = Fit(name, x, y).PredictOutput(x);
        var dense = ((ILearner<IModel>)s_sparse[name]()).Fit(x.ToDense(), y).PredictOutput(x.ToDense());

        LearnerConformance.AssertClose(dense, sparse, 1e-6);
    }

    [Theory]
    [MemberData(nameof(SparseCases))]
    public void PredictCsr_RowSubset_EqualsThoseRowsOfTheFullPrediction(string name)
    {
        var (x, y) = SparseData();
        var model = Fit(name, x, y);
        int[] rows = [5, 0, 17, 5];

        var subset = model.PredictOutput(x.Rows(rows));

        LearnerConformance.AssertBitwiseEqual(model.PredictOutput(x).Rows(rows), subset);
    }

    [Theory]
    [MemberData(nameof(SparseCases))]
    public void FitCsr_Twice_SameModelAndLearnerUnchanged(string name)
    {
        var (x, y) = SparseData();
        var learner = s_sparse[name]();

        var first = learner.Fit(x, y).PredictOutput(x);
        var second = learner.Fit(x, y).PredictOutput(x);

        LearnerConformance.AssertBitwiseEqual(first, second);
        Assert.Equal(s_sparse[name](), learner);
    }

    [Theory]
    [MemberData(nameof(SparseCases))]
    public void FitCsr_MismatchedRows_Throws(string name)
    {
        var (x, y) = SparseData();

        Assert.Throws<ArgumentException>(() => s_sparse[name]().Fit(x, y.AsSpan(1)));
    }

    [Theory]
    [MemberData(nameof(SparseCases))]
    public void PredictCsr_AllZeroRow_GivesFiniteProbabilities(string name)
    {
        var (x, y) = SparseData();

        var p = Fit(name, x, y).PredictOutput(new CsrMatrix(1, x.ColumnCount, [0, 0], [], []));

        Assert.True(double.IsFinite(p[0, 0]) && p[0, 0] is >= 0 and <= 1, $"P = {p[0, 0]}");
    }

    private static IModel Fit(string name, CsrMatrix x, double[] y) => s_sparse[name]().Fit(x, y);

    /// <summary>120 rows × 60 sparse non-negative count-like features whose first ten columns carry the class.</summary>
    private static (CsrMatrix X, double[] Y) SparseData()
    {
        var builder = new CsrBuilder(60);
        var y = new double[120];
        var state = new SplitMix64(5);
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = i % 2;
            for (var j = 0; j < 60; j++)
            {
                var rate = j < 10 ? (y[i] == 1 ? 0.5 : 0.05) : (j < 20 ? (y[i] == 0 ? 0.5 : 0.05) : 0.1);
                if (state.NextDouble() < rate) builder.Add(j, 1 + state.NextInt(3));
            }
            builder.EndRow();
        }
        return (builder.Build(), y);
    }
}
