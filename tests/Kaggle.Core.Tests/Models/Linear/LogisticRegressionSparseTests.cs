using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Tests.Data;

namespace Kaggle.Core.Tests.Models.Linear;

public sealed class LogisticRegressionSparseTests
{
    private static readonly LogisticRegression s_tight = new() { Tolerance = 1e-10, MaxIterations = 10_000 };

    [Theory]
    [InlineData("logistic_binary_c0.5", "y_bin", 0.5, false)]
    [InlineData("logistic_binary_c0.5_weighted", "y_bin", 0.5, true)]
    [InlineData("logistic_multinomial_c1", "y_multi", 1.0, false)]
    public void FitCsr_GoldenFixture_MatchesScikitLearn(string name, string target, double c, bool weighted)
    {
        var x = CsrMatrix.FromDense(LinearGolden.X);
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_tight with { C = c }).Fit(x, LinearGolden.Vector(target), weights);

        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-7);
        LogisticRegressionTests.AssertClose(LinearGolden.Intercepts(name), model.Intercepts, 1e-7);
        LogisticRegressionTests.AssertClose(LinearGolden.Probabilities(name), model.PredictProbabilities(x.Rows([0, 1, 2, 3, 4, 5])).Values, 1e-7);
    }

    [Fact]
    public void FitCsr_SparseRandomSet_EqualsDenseFit()
    {
        var x = SparseTestData.Random(200, 40, 0.1, seed: 3);
        var y = Enumerable.Range(0, 200).Select(i => (double)((x.RowIndices(i).Length + i) % 2)).ToArray();

        // One solver on both sides: Auto would run trust-region Newton on the CSR copy (LogisticRegressionSolverTests).
        var lbfgs = s_tight with { Solver = LogisticSolver.Lbfgs };
        var sparse = lbfgs.Fit(x, y);
        var dense = lbfgs.Fit(x.ToDense(), y);

        LogisticRegressionTests.AssertClose(dense.Coefficients.ToArray(), sparse.Coefficients, 1e-8);
        LogisticRegressionTests.AssertClose(dense.PredictProbabilities(x.ToDense()).Values.ToArray(), sparse.PredictProbabilities(x).Values, 1e-8);
    }

    [Fact]
    public void FitCsr_StoredNaN_ThrowsNamingCell()
    {
        var x = new CsrMatrix(2, 2, [0, 1, 2], [1, 0], [double.NaN, 1]);

        var error = Assert.Throws<ArgumentException>(() => new LogisticRegression().Fit(x, [0, 1]));

        Assert.Contains("x[0, 1] is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictCsr_WrongColumnCount_Throws()
    {
        var model = new LogisticRegression().Fit(CsrMatrix.FromDense(Matrix.FromRows([1, 0], [0, 1])), [0, 1]);

        Assert.Throws<ArgumentException>(() => model.PredictProbabilities(new CsrMatrix(1, 3, [0, 0], [], [])));
    }
}
