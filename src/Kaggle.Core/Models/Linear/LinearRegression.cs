using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Ordinary least squares (https://en.wikipedia.org/wiki/Ordinary_least_squares): minimises Σᵢ wᵢ(yᵢ − b − w·xᵢ)².
/// Solved as NumPy's <c>lstsq</c> does, through a QR and an SVD, so collinear or constant features give the
/// minimum-norm coefficients instead of an error (scikit-learn's <c>LinearRegression</c> agrees). Cost O(n·d²).
/// </summary>
public sealed record LinearRegression : ILearner<LinearModel>
{
    /// <summary>Fit an intercept (default true); otherwise the fit passes through the origin.</summary>
    public bool FitIntercept { get; init; } = true;

    public LinearModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return LeastSquares.Ordinary(x, y, sampleWeight, FitIntercept);
    }
}
