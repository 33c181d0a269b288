using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Ridge regression (https://en.wikipedia.org/wiki/Ridge_regression): minimises Σᵢ wᵢ(yᵢ − b − w·xᵢ)² + α‖w‖², the
/// intercept unpenalised; the same objective and α as scikit-learn's <c>Ridge(alpha)</c>. Closed form: the normal
/// equations with α on the diagonal, solved by Cholesky (MathNet). Features are not scaled inside: standardise them
/// first when the penalty should treat them alike. Cost O(n·d² + d³).
/// </summary>
public sealed record RidgeRegression : ILearner<LinearModel>
{
    /// <summary>The L2 penalty α ≥ 0 on the coefficients (default 1, as scikit-learn); 0 is ordinary least squares.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Fit an unpenalised intercept (default true); otherwise the fit passes through the origin.</summary>
    public bool FitIntercept { get; init; } = true;

    public LinearModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        if (!(Alpha >= 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be finite and non-negative.");
        return Alpha == 0
            ? LeastSquares.Ordinary(x, y, sampleWeight, FitIntercept)
            : LeastSquares.Ridge(x, y, sampleWeight, FitIntercept, Alpha);
    }
}
