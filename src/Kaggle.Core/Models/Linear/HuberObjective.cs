using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Owen's Huber loss with a concomitant scale ("A robust hybrid of lasso and ridge regression", 2007), divided by Σw:
/// <c>[Σᵢ wᵢ·(σ + σ·H_ε(rᵢ/σ)) + α‖β‖²] / Σw</c>, rᵢ = yᵢ − b − β·xᵢ, H_ε(z) = z² for |z| ≤ ε and 2ε|z| − ε²
/// beyond. Jointly convex in (β, b, σ). Parameters are β (features), b, then s = ln σ, so σ stays positive
/// without bounds.
/// </summary>
internal sealed class HuberObjective(Matrix x, double[] y, double[]? weights, double epsilon, double alpha, bool fitIntercept)
{
    private readonly double _weightSum = weights is null ? x.RowCount : weights.Sum();

    public int ParameterCount => x.ColumnCount + 2;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var d = x.ColumnCount;
        var beta = theta[..d];
        var intercept = theta[d];
        var sigma = Math.Exp(theta[d + 1]);
        var gradBeta = gradient[..d];
        gradient.Clear();
        double loss = 0, gradIntercept = 0, gradSigma = 0;
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = x.Row(i);
            var w = weights is null ? 1.0 : weights[i];
            var r = y[i] - intercept - TensorPrimitives.Dot(row, beta);
            double slope;   // ∂(term)/∂r
            if (Math.Abs(r) <= epsilon * sigma)
            {
                loss += w * (sigma + (r * r / sigma));
                gradSigma += w * (1 - (r * r / (sigma * sigma)));
                slope = 2 * w * r / sigma;
            }
            else
            {
                loss += w * (sigma + (2 * epsilon * Math.Abs(r)) - (epsilon * epsilon * sigma));
                gradSigma += w * (1 - (epsilon * epsilon));
                slope = 2 * w * epsilon * Math.Sign(r);
            }
            // r decreases with β and b, hence the minus signs.
            TensorPrimitives.MultiplyAdd(row, -slope, gradBeta, gradBeta);
            gradIntercept -= slope;
        }
        loss += alpha * TensorPrimitives.Dot(beta, beta);
        TensorPrimitives.MultiplyAdd(beta, 2 * alpha, gradBeta, gradBeta);
        gradient[d] = fitIntercept ? gradIntercept : 0;
        gradient[d + 1] = gradSigma * sigma;   // chain rule through σ = e^s
        TensorPrimitives.Divide(gradient, _weightSum, gradient);
        return loss / _weightSum;
    }
}
