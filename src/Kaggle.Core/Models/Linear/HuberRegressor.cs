using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Huber regression (https://en.wikipedia.org/wiki/Huber_loss), robust to outliers in y: squared loss for residuals
/// within ε·σ and absolute loss beyond, with the scale σ fitted jointly, plus an L2 penalty α‖β‖² (intercept
/// unpenalised). The objective <c>Σᵢ wᵢ·(σ + σ·H_ε(rᵢ/σ)) + α‖β‖²</c> is scikit-learn's <c>HuberRegressor(epsilon,
/// alpha)</c>, minimised by L-BFGS; features are not scaled inside, as there.
/// </summary>
public sealed record HuberRegressor : ILearner<LinearModel>
{
    /// <summary>Residuals beyond ε·σ count linearly (default 1.35, 95 % efficiency under normal noise); at least 1.</summary>
    public double Epsilon { get; init; } = 1.35;

    /// <summary>The L2 penalty α ≥ 0 on the coefficients (default 1e-4, as scikit-learn).</summary>
    public double Alpha { get; init; } = 1e-4;

    /// <summary>Fit an unpenalised intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Stop when max|∇| of the objective divided by Σwᵢ is at most this (default 1e-5).</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>The L-BFGS iteration limit (default 100, as scikit-learn).</summary>
    public int MaxIterations { get; init; } = 100;

    public LinearModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        if (!(Epsilon >= 1) || !double.IsFinite(Epsilon))
            throw new ArgumentOutOfRangeException(nameof(Epsilon), Epsilon, "Epsilon must be finite and at least 1.");
        if (!(Alpha >= 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be finite and non-negative.");
        if (!(Tolerance >= 0) || !double.IsFinite(Tolerance))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be finite and non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));

        var weights = sampleWeight.IsEmpty ? null : sampleWeight.ToArray();
        var targets = y.ToArray();
        // Centring the features leaves β and the penalty unchanged and only moves the intercept, but it takes away the
        // long valley between intercept and coefficients that otherwise leaves L-BFGS a digit or two short.
        var (mean, _) = LeastSquares.Means(x, y, sampleWeight, FitIntercept);
        var centred = x.Clone();
        for (var i = 0; i < centred.RowCount; i++)
            TensorPrimitives.Subtract(centred.Row(i), mean, centred.Row(i));
        var objective = new HuberObjective(centred, targets, weights, Epsilon, Alpha, FitIntercept);
        var theta = new double[objective.ParameterCount];
        // Start σ at the root mean square of y (the residual at β = 0) so the first steps see sensible inliers
        // whatever the units of y; the objective is convex, so the start changes the path, not the answer.
        var meanSquare = MeanSquare(targets, sampleWeight);
        theta[^1] = meanSquare > 0 ? 0.5 * Math.Log(meanSquare) : 0;
        Lbfgs.Minimize(objective.Evaluate, theta, Tolerance, 0, MaxIterations);
        var coefficients = theta.AsSpan(0, x.ColumnCount);
        return new LinearModel(coefficients, FitIntercept ? theta[x.ColumnCount] - TensorPrimitives.Dot(mean, coefficients) : 0);
    }

    private static double MeanSquare(double[] y, ReadOnlySpan<double> weights)
    {
        double total = 0, sum = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            total += w;
            sum += w * y[i] * y[i];
        }
        return sum / total;
    }
}
