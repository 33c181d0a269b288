using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Tests.Data;

namespace Kaggle.Core.Tests.Models.Linear;

/// <summary>The solver choice of <see cref="LogisticRegression"/>: trust-region Newton against L-BFGS and the fixtures.</summary>
public sealed class LogisticRegressionSolverTests
{
    private static readonly LogisticRegression s_newton = new() { Solver = LogisticSolver.TrustRegionNewton, Tolerance = 1e-10, MaxIterations = 1_000 };

    [Theory]
    [InlineData("logistic_binary_c0.5", false)]
    [InlineData("logistic_binary_c0.5_weighted", true)]
    public void FitTrustRegionNewton_DenseGoldenFixture_MatchesScikitLearn(string name, bool weighted)
    {
        var weights = weighted ? LinearGolden.Vector("w") : null;

        var model = (s_newton with { C = 0.5 }).Fit(LinearGolden.X, LinearGolden.Vector("y_bin"), weights);

        Assert.True(model.Converged);
        LogisticRegressionTests.AssertClose(LinearGolden.Coefficients(name), model.Coefficients, 1e-7);
        LogisticRegressionTests.AssertClose(LinearGolden.Intercepts(name), model.Intercepts, 1e-7);
    }

    [Fact]
    public void FitTrustRegionNewton_SparseRandomSet_EqualsLbfgsAndDense()
    {
        var x = SparseTestData.Random(300, 60, 0.1, seed: 5);
        var y = Enumerable.Range(0, 300).Select(i => (double)((x.RowIndices(i).Length + (i / 3)) % 2)).ToArray();

        var sparse = s_newton.Fit(x, y);
        var dense = s_newton.Fit(x.ToDense(), y);
        var lbfgs = (s_newton with { Solver = LogisticSolver.Lbfgs, MaxIterations = 10_000 }).Fit(x, y);

        LogisticRegressionTests.AssertClose(dense.Coefficients.ToArray(), sparse.Coefficients, 1e-10);
        LogisticRegressionTests.AssertClose(dense.Intercepts.ToArray(), sparse.Intercepts, 1e-10);
        LogisticRegressionTests.AssertClose(lbfgs.Coefficients.ToArray(), sparse.Coefficients, 1e-7);
        LogisticRegressionTests.AssertClose(lbfgs.Intercepts.ToArray(), sparse.Intercepts, 1e-7);
    }

    [Fact]
    public void FitTrustRegionNewton_Intercept_IsUnpenalised()
    {
        // An unpenalised intercept zeroes its gradient Σ(pᵢ − yᵢ): the mean fitted probability equals the positive rate
        // even under a strong penalty, which a penalised intercept (scikit-learn's liblinear) would pull towards ½.
        var x = SparseTestData.Random(200, 30, 0.15, seed: 9);
        var y = Enumerable.Range(0, 200).Select(i => i % 5 == 0 ? 0.0 : 1.0).ToArray();

        var model = (s_newton with { C = 0.01 }).Fit(x, y);
        var p = model.PredictProbabilities(x);

        Assert.Equal(0.8, Enumerable.Range(0, 200).Average(i => p[i, 1]), 1e-9);
    }

    [Fact]
    public void FitTrustRegionNewton_NoIntercept_LeavesInterceptAtZero()
    {
        var x = SparseTestData.Random(100, 20, 0.2, seed: 2);
        var y = Enumerable.Range(0, 100).Select(i => (double)(i % 3 == 0 ? 1 : 0)).ToArray();

        var model = (s_newton with { FitIntercept = false }).Fit(x, y);
        var lbfgs = (s_newton with { FitIntercept = false, Solver = LogisticSolver.Lbfgs, MaxIterations = 10_000 }).Fit(x, y);

        Assert.Equal(0.0, model.Intercepts[0]);
        LogisticRegressionTests.AssertClose(lbfgs.Coefficients.ToArray(), model.Coefficients, 1e-7);
    }

    [Fact]
    public void FitAuto_DenseInput_KeepsLbfgs()
    {
        var y = LinearGolden.Vector("y_bin");

        var auto = new LogisticRegression { C = 0.5 }.Fit(LinearGolden.X, y);
        var lbfgs = new LogisticRegression { C = 0.5, Solver = LogisticSolver.Lbfgs }.Fit(LinearGolden.X, y);

        Assert.Equal(lbfgs.Coefficients.ToArray(), auto.Coefficients.ToArray());
        Assert.Equal(lbfgs.Iterations, auto.Iterations);
    }

    [Fact]
    public void FitTrustRegionNewton_ThreeClasses_ThrowsBinaryOnly()
    {
        var x = CsrMatrix.FromDense(Matrix.FromRows([1, 0], [0, 2], [1, 1]));

        var error = Assert.Throws<ArgumentException>(() => new LogisticRegression { Solver = LogisticSolver.TrustRegionNewton }.Fit(x, [0, 1, 2]));

        Assert.Contains("TrustRegionNewton is binary only", error.Message, StringComparison.Ordinal);
    }
}
