using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Lasso regression (https://en.wikipedia.org/wiki/Lasso_(statistics)) by cyclic coordinate descent: minimises
/// <c>(1/(2Σw))·Σᵢ wᵢ(yᵢ − b − β·xᵢ)² + α·‖β‖₁</c>, the intercept unpenalised: scikit-learn's <c>Lasso(alpha)</c>
/// objective. It is <see cref="ElasticNet"/> with L1Ratio 1; see there for standardisation, tolerance and paths.
/// </summary>
public sealed record Lasso : ILearner<LinearModel>
{
    /// <summary>The L1 penalty α ≥ 0 (default 1, as scikit-learn).</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Fit an unpenalised intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Scale features to unit weighted standard deviation inside the fit (default true); false matches scikit-learn on raw features.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Stop when the duality gap is below Tolerance·(weighted variance of y) (default 1e-4).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The limit on sweeps over all coefficients (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    public LinearModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
        AsElasticNet().Fit(x, y, sampleWeight);

    /// <summary>One model per α, fitted from the largest α down with warm starts (see <see cref="ElasticNet.FitPath"/>).</summary>
    public LinearModel[] FitPath(Matrix x, ReadOnlySpan<double> y, IReadOnlyList<double> alphas, ReadOnlySpan<double> sampleWeight = default) =>
        AsElasticNet().FitPath(x, y, alphas, sampleWeight);

    /// <summary>A log-spaced grid of α from the smallest α that zeroes every coefficient (see <see cref="ElasticNet.AlphaGrid"/>).</summary>
    public double[] AlphaGrid(Matrix x, ReadOnlySpan<double> y, int count = 100, double minRatio = 1e-3, ReadOnlySpan<double> sampleWeight = default) =>
        AsElasticNet().AlphaGrid(x, y, count, minRatio, sampleWeight);

    /// <summary>The equivalent <see cref="ElasticNet"/> (L1Ratio 1, the same settings).</summary>
    public ElasticNet AsElasticNet() => new()
    {
        Alpha = Alpha,
        L1Ratio = 1,
        FitIntercept = FitIntercept,
        Standardize = Standardize,
        Tolerance = Tolerance,
        MaxIterations = MaxIterations,
    };
}
