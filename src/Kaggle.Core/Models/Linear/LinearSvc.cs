using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A linear support vector classifier (https://en.wikipedia.org/wiki/Support_vector_machine#Linear_SVM), scikit-learn's
/// <c>LinearSVC</c>: minimises <c>½‖w‖² + C·Σᵢ wᵢ·loss(yᵢ(w·xᵢ + b))</c> (hinge or squared hinge) by dual coordinate
/// descent, one-vs-rest for K ≥ 3 classes. As in liblinear, the intercept is a constant feature of value 1 and is
/// penalised too, so the same C gives scikit-learn's coefficients. Dense and CSR input fit the same model.
/// An SVM has no probabilities: the model reports σ(decision) (softmax over classes for K ≥ 3), a monotone score that
/// suits ranking, AUC and thresholds but not log-loss.
/// </summary>
public sealed record LinearSvc : ILearner<LinearSvcModel>, ISparseLearner<LinearSvcModel>
{
    /// <summary>Inverse regularisation strength (default 1, scikit-learn's).</summary>
    public double C { get; init; } = 1.0;

    public SvmLoss Loss { get; init; } = SvmLoss.SquaredHinge;

    /// <summary>Fit the (penalised) intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Stop when the projected gradient's spread is at most this (default 1e-4, scikit-learn's <c>tol</c>).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Passes over the rows per binary problem (default 1000, scikit-learn's <c>max_iter</c>).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Seeds the order rows are visited in; the optimum does not depend on it, the path does slightly.</summary>
    public int Seed { get; init; } = 42;

    public LinearSvcModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return Solve(new DenseRows(x), y, sampleWeight);
    }

    public LinearSvcModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return Solve(new SparseRows(x), y, sampleWeight);
    }

    private LinearSvcModel Solve<TRows>(TRows x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight) where TRows : struct, IRowDesign
    {
        var classCount = Guard.ClassLabels(y);
        if (!(C > 0) || !double.IsFinite(C))
            throw new ArgumentOutOfRangeException(nameof(C), C, "LinearSvc.C must be positive and finite.");
        if (!(Tolerance > 0) || !double.IsFinite(Tolerance))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "LinearSvc.Tolerance must be positive and finite.");
        if (!Enum.IsDefined(Loss))
            throw new ArgumentOutOfRangeException(nameof(Loss), Loss, "LinearSvc.Loss is not an SvmLoss value.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));

        var n = x.RowCount;
        var features = x.ColumnCount;
        var cost = new double[n];
        for (var i = 0; i < n; i++) cost[i] = C * (sampleWeight.IsEmpty ? 1 : sampleWeight[i]);
        var rows = classCount == 2 ? 1 : classCount;
        var coefficients = new double[rows * features];
        var intercepts = new double[rows];
        var signs = new double[n];
        var converged = true;
        var iterations = 0;
        for (var r = 0; r < rows; r++)
        {
            var positive = classCount == 2 ? 1 : r;
            for (var i = 0; i < n; i++) signs[i] = (int)y[i] == positive ? 1 : -1;
            var (intercept, used, done) = DualCoordinateDescent.Solve(x, signs, cost, Loss, FitIntercept, Tolerance, MaxIterations,
                SplitMix64.Derive(Seed, r), coefficients.AsSpan(r * features, features));
            intercepts[r] = intercept;
            iterations = Math.Max(iterations, used);
            converged &= done;
        }
        return new LinearSvcModel(new LogisticRegressionModel(classCount, features, coefficients, intercepts, iterations, converged));
    }
}
