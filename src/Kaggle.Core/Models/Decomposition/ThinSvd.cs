using MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// The leading singular values and right singular vectors of a matrix A, from the eigen-decomposition of the
/// smaller of AᵀA and AAᵀ (MathNet's symmetric solver). Squaring halves the accuracy of the smallest singular
/// values, which PCA never needs to full precision, and keeps the work at O(rows · columns · min(rows, columns))
/// with no rows × rows factor. Signs follow scikit-learn's <c>svd_flip</c> (on V): each vector's entry of largest
/// magnitude is positive.
/// </summary>
internal static class ThinSvd
{
    /// <summary>The top <paramref name="count"/> singular values (descending) and right singular vectors (rows of a count × columns matrix).</summary>
    public static (double[] Values, Matrix<double> Vectors) Compute(Matrix<double> a, int count)
    {
        var wide = a.ColumnCount > a.RowCount;
        var gram = wide ? a.TransposeAndMultiply(a) : a.TransposeThisAndMultiply(a);
        // Symmetrise: the product is symmetric up to rounding, and the symmetric solver trusts it.
        gram = (gram + gram.Transpose()) * 0.5;
        var evd = gram.Evd(Symmetricity.Symmetric);
        var m = gram.RowCount;
        var values = new double[count];
        var vectors = Matrix<double>.Build.Dense(count, a.ColumnCount);
        for (var c = 0; c < count; c++)
        {
            // MathNet orders eigenvalues ascending.
            var lambda = evd.EigenValues[m - 1 - c].Real;
            var s = Math.Sqrt(Math.Max(lambda, 0));
            values[c] = s;
            var eigenvector = evd.EigenVectors.Column(m - 1 - c);
            // For wide A the eigenvector is a left singular vector u; v = Aᵀu / s (0 for a null direction).
            var v = wide ? (s > 0 ? a.TransposeThisAndMultiply(eigenvector) / s : Vector<double>.Build.Dense(a.ColumnCount)) : eigenvector;
            vectors.SetRow(c, Flip(v));
        }
        return (values, vectors);
    }

    /// <summary>scikit-learn's <c>svd_flip</c> on one right singular vector: its entry of largest magnitude made positive.</summary>
    public static Vector<double> Flip(Vector<double> v) => v[v.AbsoluteMaximumIndex()] < 0 ? -v : v;
}
