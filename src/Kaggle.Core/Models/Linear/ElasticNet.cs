using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Elastic-net regression (https://en.wikipedia.org/wiki/Elastic_net_regularization) by cyclic coordinate descent:
/// minimises <c>(1/(2Σw))·Σᵢ wᵢ(yᵢ − b − β·xᵢ)² + α·ρ·‖β‖₁ + ½·α·(1 − ρ)·‖β‖²</c>, ρ = <see cref="L1Ratio"/>, the
/// intercept unpenalised: scikit-learn's <c>ElasticNet(alpha, l1_ratio)</c> objective. With
/// <see cref="Standardize"/> (the default) the penalty applies to coefficients of features scaled to unit weighted
/// standard deviation, so it treats features alike whatever their units; the model reports them on the original
/// scale. <see cref="FitPath"/> fits a decreasing sequence of α with warm starts.
/// </summary>
public sealed record ElasticNet : ILearner<LinearModel>
{
    /// <summary>The overall penalty α ≥ 0 (default 1, as scikit-learn).</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>The L1 share ρ of the penalty, in (0, 1] (default 0.5); 1 is the lasso. For ρ = 0 use <see cref="RidgeRegression"/>.</summary>
    public double L1Ratio { get; init; } = 0.5;

    /// <summary>Fit an unpenalised intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Scale features to unit weighted standard deviation inside the fit (default true); false matches scikit-learn on raw features.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Stop when the duality gap is below Tolerance·(weighted variance of y) (default 1e-4, as scikit-learn's tol).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The limit on sweeps over all coefficients (default 1000, as scikit-learn's max_iter).</summary>
    public int MaxIterations { get; init; } = 1000;

    public LinearModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        FitPath(x, y, [Alpha], sampleWeight)[0];

    /// <summary>
    /// Fits one model per α in <paramref name="alphas"/> (this learner's own <see cref="Alpha"/> is ignored), solving them
    /// from the largest α to the smallest, each starting from the previous solution; models are returned in the
    /// order of <paramref name="alphas"/>. Much faster than separate fits along a fine grid.
    /// </summary>
    public LinearModel[] FitPath(Matrix x, ReadOnlySpan<double> y, IReadOnlyList<double> alphas, ReadOnlySpan<double> sampleWeight = default)
    {
        ArgumentNullException.ThrowIfNull(alphas);
        var design = Prepare(x, y, sampleWeight);
        foreach (var alpha in alphas)
            if (!(alpha >= 0) || !double.IsFinite(alpha))
                throw new ArgumentOutOfRangeException(nameof(alphas), alpha, "Every alpha must be finite and non-negative.");
        var order = Enumerable.Range(0, alphas.Count).OrderByDescending(k => alphas[k]).ToArray();
        var beta = new double[design.Features];
        var models = new LinearModel[alphas.Count];
        foreach (var k in order)
        {
            CoordinateDescent.Solve(design, beta, alphas[k] * L1Ratio, alphas[k] * (1 - L1Ratio), Tolerance, MaxIterations);
            models[k] = design.ToModel(beta);
        }
        return models;
    }

    /// <summary>
    /// A log-spaced grid of <paramref name="count"/> α from α_max, the smallest α that sets every coefficient to zero,
    /// down to <paramref name="minRatio"/>·α_max (scikit-learn's <c>n_alphas</c> and <c>eps</c>; defaults 100 and 1e-3).
    /// </summary>
    public double[] AlphaGrid(Matrix x, ReadOnlySpan<double> y, int count = 100, double minRatio = 1e-3, ReadOnlySpan<double> sampleWeight = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(minRatio > 0 && minRatio <= 1))
            throw new ArgumentOutOfRangeException(nameof(minRatio), minRatio, "minRatio must be in (0, 1].");
        var max = Prepare(x, y, sampleWeight).MaxAlpha(L1Ratio);
        if (max == 0) max = double.Epsilon;   // y constant (or no usable feature): any α gives zero coefficients
        var grid = new double[count];
        for (var k = 0; k < count; k++)
            grid[k] = count == 1 ? max : max * Math.Pow(minRatio, k / (double)(count - 1));
        return grid;
    }

    private CoordinateDesign Prepare(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        if (!(L1Ratio > 0 && L1Ratio <= 1))
            throw new ArgumentOutOfRangeException(nameof(L1Ratio), L1Ratio, "L1Ratio must be in (0, 1]; use RidgeRegression for a pure L2 penalty.");
        if (!(Tolerance >= 0) || !double.IsFinite(Tolerance))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be finite and non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        return CoordinateDesign.Create(x, y, sampleWeight, FitIntercept, Standardize);
    }
}
