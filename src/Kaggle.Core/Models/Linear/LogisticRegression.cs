using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// L2-regularised logistic regression (https://en.wikipedia.org/wiki/Logistic_regression): binary for two classes,
/// multinomial (softmax over K coefficient rows) for K ≥ 3, where K = max(y) + 1.
/// <para>
/// It minimises <c>Σᵢ wᵢ·ℓᵢ(b + B·xᵢ) + ‖B‖²/(2·C)</c>, ℓ the negative log-likelihood, intercepts b unpenalised:
/// exactly scikit-learn's <c>LogisticRegression(C=C)</c> objective (lbfgs solver; multinomial for K ≥ 3), so the
/// same C gives the same coefficients. C = +∞ fits without penalty. Features are not scaled inside, so standardise
/// them first when the penalty should treat them alike.
/// CSR input (TF-IDF, hashed n-grams) is fitted without densifying, each row costing its stored entries.
/// </para>
/// <para>
/// <see cref="Solver"/> picks the optimiser, never the objective: L-BFGS, or trust-region Newton (liblinear's primal
/// solver) for two classes. The default, <see cref="LogisticSolver.Auto"/>, keeps L-BFGS for dense input and uses
/// trust-region Newton on binary CSR input, where a text matrix's hundreds of thousands of columns make L-BFGS's
/// per-iteration vector work dominate. Unlike scikit-learn's <c>liblinear</c> solver, which penalises the intercept as
/// an extra feature of value 1, every solver here leaves the intercept unpenalised.
/// </para>
/// </summary>
public sealed record LogisticRegression : ILearner<LogisticRegressionModel>, ISparseLearner<LogisticRegressionModel>
{
    /// <summary>Inverse regularisation strength, as scikit-learn's C (default 1): smaller is stronger; +∞ means none.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>Fit unpenalised intercepts (default true); otherwise they are fixed at 0.</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>
    /// L-BFGS stops when max|∇| of the objective divided by Σwᵢ is at most this (default 1e-4), or when one iteration
    /// lowers that objective by a relative <c>Tolerance · 2.2e-5</c> or less: 2.2e-9 at the default, SciPy's default
    /// <c>ftol</c>, which is what ends most scikit-learn lbfgs fits on large data; tighter tolerances tighten both.
    /// Trust-region Newton stops when ‖∇‖ ≤ <c>Tolerance · max(min(n₊, n₋), 1) / n · ‖∇ at θ = 0‖</c>, n₊ and n₋ the
    /// class counts: liblinear's rule for its primal solvers, so the default equals scikit-learn's liblinear <c>tol</c>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The iteration limit, L-BFGS or Newton steps (default 100, as scikit-learn's <c>max_iter</c>).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>The L-BFGS history length (default 10, as SciPy's <c>maxcor</c>).</summary>
    public int Memory { get; init; } = 10;

    /// <summary>The optimiser (default <see cref="LogisticSolver.Auto"/>: see the type's remarks).</summary>
    public LogisticSolver Solver { get; init; } = LogisticSolver.Auto;

    /// <summary>
    /// Worker threads for the L-BFGS objective over row blocks (0, the default, means all processors). Results do not
    /// depend on it. Trust-region Newton runs on one thread.
    /// </summary>
    public int Threads { get; init; }

    // Ties the relative-decrease rule to Tolerance so that the default (1e-4) gives SciPy L-BFGS-B's default ftol,
    // factr 1e7 times the double machine epsilon (2.2e-9).
    private const double FunctionToleranceRatio = 1e7 * 2.220446049250313e-16 / 1e-4;

    public LogisticRegressionModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return Solve(new DenseRows(x), y, sampleWeight, sparse: false);
    }

    /// <summary>Fits on CSR input: the same objective and solver as the dense fit, so the same coefficients up to rounding.</summary>
    public LogisticRegressionModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return Solve(new SparseRows(x), y, sampleWeight, sparse: true);
    }

    private LogisticRegressionModel Solve<TRows>(TRows x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, bool sparse) where TRows : struct, IRowDesign
    {
        var classCount = Guard.ClassLabels(y);
        if (!(C > 0) || double.IsNaN(C))
            throw new ArgumentOutOfRangeException(nameof(C), C, "C must be positive (+∞ for no penalty).");
        if (!(Tolerance >= 0) || !double.IsFinite(Tolerance))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be finite and non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        ArgumentOutOfRangeException.ThrowIfLessThan(Memory, 1, nameof(Memory));
        ArgumentOutOfRangeException.ThrowIfNegative(Threads, nameof(Threads));
        if (!Enum.IsDefined(Solver))
            throw new ArgumentOutOfRangeException(nameof(Solver), Solver, "Solver must be Auto, Lbfgs or TrustRegionNewton.");
        if (Solver == LogisticSolver.TrustRegionNewton && classCount != 2)
            throw new ArgumentException($"Solver TrustRegionNewton is binary only but y has {classCount} classes; use Lbfgs or Auto.", nameof(y));

        var weights = sampleWeight.IsEmpty ? null : sampleWeight.ToArray();
        var newton = Solver == LogisticSolver.TrustRegionNewton || (Solver == LogisticSolver.Auto && sparse && classCount == 2);
        if (newton) return SolveNewton(x, y, weights);
        var objective = new LogisticObjective<TRows>(x, y.ToArray(), weights, classCount, C, FitIntercept, Threads);
        var theta = new double[objective.ParameterCount];
        var result = Lbfgs.Minimize(objective.Evaluate, theta, Tolerance, Tolerance * FunctionToleranceRatio, MaxIterations, Memory);

        var features = x.ColumnCount;
        var rows = theta.Length / (features + 1);
        var coefficients = new double[rows * features];
        var intercepts = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            theta.AsSpan(r * (features + 1), features).CopyTo(coefficients.AsSpan(r * features));
            intercepts[r] = theta[(r * (features + 1)) + features];
        }
        return new LogisticRegressionModel(classCount, features, coefficients, intercepts, result.Iterations, result.Converged);
    }

    private LogisticRegressionModel SolveNewton<TRows>(TRows x, ReadOnlySpan<double> y, double[]? weights) where TRows : struct, IRowDesign
    {
        var positives = 0;
        foreach (var label in y) positives += label == 1 ? 1 : 0;
        var minority = Math.Max(Math.Min(positives, y.Length - positives), 1);
        var objective = new LogisticNewtonObjective<TRows>(x, y.ToArray(), weights, C, FitIntercept);
        var theta = new double[objective.Dimension];
        var (iterations, converged) = TrustRegionNewton.Minimize(objective, theta, Tolerance * minority / y.Length, MaxIterations);
        var features = x.ColumnCount;
        return new LogisticRegressionModel(2, features, theta[..features], [theta[features]], iterations, converged);
    }
}
