using System.Numerics.Tensors;
using Kaggle.Core.Data;
using LA = MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Weighted least-squares solves shared by <see cref="LinearRegression"/> and <see cref="RidgeRegression"/>.
/// The intercept is handled by centring x and y on their weighted means, so it is never penalised.
/// </summary>
internal static class LeastSquares
{
    /// <summary>
    /// The minimum-norm solution of min Σ wᵢ(yᵢ − b − w·xᵢ)², as LAPACK's gelsd/NumPy's lstsq: a thin Householder QR of
    /// the weighted, centred design (n ≥ d), then an SVD of R (d × d) whose singular values below
    /// max(n, d)·ε·σ₁ count as zero, so collinear or constant features get the smallest coefficients that fit.
    /// </summary>
    public static LinearModel Ordinary(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool fitIntercept)
    {
        var (n, d) = (x.RowCount, x.ColumnCount);
        var (xMean, yMean) = Means(x, y, weights, fitIntercept);
        var design = new double[n * d];   // column-major, as MathNet stores it
        var target = new double[n];
        for (var i = 0; i < n; i++)
        {
            var root = weights.IsEmpty ? 1.0 : Math.Sqrt(weights[i]);
            var row = x.Row(i);
            for (var j = 0; j < d; j++) design[(j * n) + i] = root * (row[j] - xMean[j]);
            target[i] = root * (y[i] - yMean);
        }
        var a = LA.Matrix<double>.Build.Dense(n, d, design);
        var b = LA.Vector<double>.Build.Dense(target);
        double[] beta;
        if (n >= d)
        {
            var qr = a.QR(LA.Factorization.QRMethod.Thin);
            beta = MinimumNorm(qr.R, qr.Q.TransposeThisAndMultiply(b), Math.Max(n, d));
        }
        else
        {
            beta = MinimumNorm(a, b, Math.Max(n, d));
        }
        return new LinearModel(beta, yMean - TensorPrimitives.Dot(xMean, beta));
    }

    /// <summary>
    /// The ridge solution of min Σ wᵢ(yᵢ − b − w·xᵢ)² + α‖w‖² (α &gt; 0), from the normal equations
    /// (XᶜᵀWXᶜ + αI)w = XᶜᵀW yᶜ by a Cholesky factorisation; the matrix is positive definite because α &gt; 0.
    /// </summary>
    public static LinearModel Ridge(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool fitIntercept, double alpha)
    {
        var d = x.ColumnCount;
        var (xMean, yMean) = Means(x, y, weights, fitIntercept);
        var gram = new double[d * d];
        var rhs = new double[d];
        var centred = new double[d];
        for (var i = 0; i < x.RowCount; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (w == 0) continue;
            TensorPrimitives.Subtract(x.Row(i), xMean, centred);
            TensorPrimitives.MultiplyAdd(centred, w * (y[i] - yMean), rhs, rhs);
            for (var j = 0; j < d; j++)
            {
                var scale = w * centred[j];
                if (scale == 0) continue;
                var upper = gram.AsSpan((j * d) + j, d - j);
                TensorPrimitives.MultiplyAdd(centred.AsSpan(j), scale, upper, upper);
            }
        }
        for (var j = 0; j < d; j++)
        {
            gram[(j * d) + j] += alpha;
            for (var k = j + 1; k < d; k++) gram[(k * d) + j] = gram[(j * d) + k];
        }
        var beta = LA.Matrix<double>.Build.Dense(d, d, gram).Cholesky().Solve(LA.Vector<double>.Build.Dense(rhs)).ToArray();
        return new LinearModel(beta, yMean - TensorPrimitives.Dot(xMean, beta));
    }

    /// <summary>Weighted column means of x and the weighted mean of y (all zero when no intercept is fitted).</summary>
    public static (double[] XMean, double YMean) Means(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool fitIntercept)
    {
        var xMean = new double[x.ColumnCount];
        if (!fitIntercept) return (xMean, 0);
        double total = 0, yMean = 0;
        for (var i = 0; i < x.RowCount; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            total += w;
            yMean += w * y[i];
            TensorPrimitives.MultiplyAdd(x.Row(i), w, xMean, xMean);
        }
        TensorPrimitives.Divide(xMean, total, xMean);
        return (xMean, yMean / total);
    }

    private static double[] MinimumNorm(LA.Matrix<double> a, LA.Vector<double> b, int size)
    {
        var svd = a.Svd(computeVectors: true);
        var s = svd.S;
        var cutoff = s.Count == 0 ? 0 : s[0] * size * 2.220446049250313e-16;
        var projected = svd.U.TransposeThisAndMultiply(b);
        var scaled = LA.Vector<double>.Build.Dense(a.ColumnCount);
        for (var k = 0; k < s.Count; k++)
            if (s[k] > cutoff) scaled[k] = projected[k] / s[k];
        return svd.VT.TransposeThisAndMultiply(scaled).ToArray();
    }
}
