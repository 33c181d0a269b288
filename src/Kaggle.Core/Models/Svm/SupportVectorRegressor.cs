using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// ε-support vector regression (https://en.wikipedia.org/wiki/Support_vector_machine#Regression), as
/// scikit-learn's <c>SVR</c> (libsvm): errors under <see cref="Epsilon"/> cost nothing, larger ones cost C per unit;
/// the dual over 2 × rows variables is solved by the same SMO solver as <see cref="SupportVectorClassifier"/>.
/// A row's weight multiplies its C. Scale features (and ideally the target) first.
/// </summary>
public sealed record SupportVectorRegressor : SvmSettings, ILearner<SupportVectorRegressionModel>
{
    /// <summary>The width ε ≥ 0 of the error-free tube (default 0.1, as scikit-learn).</summary>
    public double Epsilon { get; init; } = 0.1;

    public SupportVectorRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        if (!(Epsilon >= 0) || !double.IsFinite(Epsilon)) throw new ArgumentOutOfRangeException(nameof(Epsilon), Epsilon, "Epsilon must be finite and non-negative.");
        var kernel = ResolveKernel(x);
        var threads = TreeFitting.ResolveThreads(Threads);
        var n = x.RowCount;
        var row = new int[2 * n];
        var sign = new double[2 * n];
        var p = new double[2 * n];
        var cap = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            (row[i], row[i + n]) = (i, i);
            (sign[i], sign[i + n]) = (1, -1);
            (p[i], p[i + n]) = (Epsilon - y[i], Epsilon + y[i]);
            cap[i] = cap[i + n] = C * (sampleWeight.IsEmpty ? 1 : sampleWeight[i]);
        }
        var cache = new KernelCache(x, kernel, CacheMegabytes, threads);
        var solution = new SmoSolver(cache, row, sign, p, cap, Tolerance, Shrinking).Solve(IterationLimit(n));
        var support = new List<int>();
        var coefficients = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var coefficient = solution.Alpha[i] - solution.Alpha[i + n];
            if (coefficient == 0) continue;
            support.Add(i);
            coefficients.Add(coefficient);
        }
        var machine = new BinarySvm([.. Enumerable.Range(0, support.Count)], [.. coefficients], solution.Rho);
        return new SupportVectorRegressionModel(x.Rows([.. support]), kernel, machine, threads);
    }
}
