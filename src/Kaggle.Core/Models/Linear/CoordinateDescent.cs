using System.Numerics.Tensors;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Cyclic coordinate descent for the elastic net ½‖ŷ − X̂β‖² + λ₁‖β‖₁ + ½λ₂‖β‖² (Friedman, Hastie and Tibshirani,
/// "Regularization paths for generalized linear models via coordinate descent", JSS 2010): each coordinate is set to
/// its exact minimiser S(X̂ⱼᵀr + ‖X̂ⱼ‖²βⱼ, λ₁) / (‖X̂ⱼ‖² + λ₂), S the soft-threshold, keeping the residual r = ŷ − X̂β
/// up to date. After a sweep whose largest coefficient change is small relative to the largest coefficient, the
/// duality gap is computed; the solve stops when it is below tolerance·‖ŷ‖², a bound on the distance to the optimum.
/// </summary>
internal static class CoordinateDescent
{
    /// <summary>Improves <paramref name="beta"/> in place (a warm start); returns the sweeps made and whether the gap test passed.</summary>
    public static (int Sweeps, bool Converged) Solve(CoordinateDesign design, double[] beta, double l1, double l2, double tolerance, int maxSweeps)
    {
        var residual = new double[design.Rows];
        Residual(design, beta, residual);
        var gapTolerance = tolerance * TensorPrimitives.Dot(design.Target, design.Target);

        for (var sweep = 1; sweep <= maxSweeps; sweep++)
        {
            double maxChange = 0, maxBeta = 0;
            for (var j = 0; j < design.Features; j++)
            {
                var norm = design.Norms[j];
                if (norm == 0) continue;
                var column = design.Column(j);
                var old = beta[j];
                var rho = TensorPrimitives.Dot(column, residual) + (norm * old);
                var updated = Math.Sign(rho) * Math.Max(Math.Abs(rho) - l1, 0) / (norm + l2);
                if (updated != old)
                {
                    TensorPrimitives.MultiplyAdd(column, old - updated, residual, residual);
                    beta[j] = updated;
                }
                maxChange = Math.Max(maxChange, Math.Abs(updated - old));
                maxBeta = Math.Max(maxBeta, Math.Abs(updated));
            }
            // The change test can stall on rounding noise at tight tolerances, hence also a gap check every 10 sweeps.
            if (maxBeta == 0 || maxChange <= tolerance * maxBeta || sweep % 10 == 0 || sweep == maxSweeps)
            {
                Residual(design, beta, residual);   // afresh: the incremental updates drift in the last bits
                if (DualityGap(design, beta, residual, l1, l2) <= gapTolerance)
                    return (sweep, true);
            }
        }
        return (maxSweeps, false);
    }

    private static void Residual(CoordinateDesign design, double[] beta, double[] residual)
    {
        design.Target.CopyTo(residual, 0);
        for (var j = 0; j < design.Features; j++)
            if (beta[j] != 0)
                TensorPrimitives.MultiplyAdd(design.Column(j), -beta[j], residual, residual);
    }

    /// <summary>
    /// Primal minus dual objective at β, with the dual point the residual scaled into the dual-feasible set
    /// (|X̂ᵀθ − λ₂β| ≤ λ₁): never negative, and zero exactly at the optimum.
    /// </summary>
    public static double DualityGap(CoordinateDesign design, ReadOnlySpan<double> beta, ReadOnlySpan<double> residual, double l1, double l2)
    {
        var dualNorm = 0.0;
        for (var j = 0; j < design.Features; j++)
            dualNorm = Math.Max(dualNorm, Math.Abs(TensorPrimitives.Dot(design.Column(j), residual) - (l2 * beta[j])));
        var residualNorm2 = TensorPrimitives.Dot(residual, residual);
        var betaNorm2 = TensorPrimitives.Dot(beta, beta);
        // Without an L1 term the dual set is the single point X̂ᵀθ = λ₂β; use θ = r unscaled, whose gap −β·(X̂ᵀr − λ₂β)
        // still vanishes at the optimum, rather than θ = 0, whose gap is the whole primal value.
        var scale = dualNorm > l1 && l1 > 0 ? l1 / dualNorm : 1.0;
        var gap = 0.5 * residualNorm2 * (1 + (scale * scale));
        gap += (l1 * TensorPrimitives.SumOfMagnitudes(beta)) - (scale * TensorPrimitives.Dot(residual, design.Target));
        gap += 0.5 * l2 * (1 + (scale * scale)) * betaNorm2;
        return gap;
    }
}
