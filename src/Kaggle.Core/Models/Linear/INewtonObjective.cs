namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A twice-differentiable objective for <see cref="TrustRegionNewton"/>: values at trial points, and the gradient and
/// Hessian-vector products at the last point it accepted (so a rejected trial never overwrites the curvature in use).
/// </summary>
internal interface INewtonObjective
{
    /// <summary>The number of parameters.</summary>
    int Dimension { get; }

    /// <summary>f(θ), remembering what <see cref="Accept"/> needs to move to θ.</summary>
    double Value(ReadOnlySpan<double> theta);

    /// <summary>Moves to the θ of the last <see cref="Value"/> call and writes ∇f(θ) into <paramref name="gradient"/>.</summary>
    void Accept(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <summary><paramref name="result"/> = ∇²f(θ) · <paramref name="v"/> at the accepted θ.</summary>
    void HessianTimes(ReadOnlySpan<double> v, Span<double> result);
}
