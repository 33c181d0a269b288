using System.Numerics.Tensors;
using Kaggle.Core.Models.Trees;
using MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// Randomized SVD (Halko, Martinsson and Tropp 2011, https://arxiv.org/abs/0909.4061, algorithms 4.4 and 5.1):
/// sample the range of A with a Gaussian test matrix of <c>count + oversamples</c> columns, sharpen it with power
/// iterations (re-orthonormalised by QR each half step), then take the exact SVD of the small projection QᵀA.
/// The Gaussian draws come from <see cref="SplitMix64"/>, so a seed fixes the result. For tall data the same
/// range finder runs on the columns × columns scatter matrix S = XcᵀXc instead (<see cref="FromScatter"/>), where a
/// power iteration costs columns² × width instead of two passes over the data.
/// </summary>
internal static class RandomizedSvd
{
    public static (double[] Values, Matrix<double> Vectors) Compute(CentredProducts a, int rows, int columns, int count, int oversamples, int powerIterations, int seed)
    {
        var width = Math.Min(count + oversamples, Math.Min(rows, columns));
        var random = new SplitMix64(seed);
        var omega = Matrix<double>.Build.Dense(columns, width, (_, _) => Gaussian(ref random));
        var q = Orthonormal(a.Times(omega));
        for (var i = 0; i < powerIterations; i++)
        {
            var z = Orthonormal(a.TransposeTimes(q));
            q = Orthonormal(a.Times(z));
        }
        var projection = a.TransposeTimes(q).Transpose();
        return ThinSvd.Compute(projection, count);
    }

    /// <summary>
    /// The leading singular values of Xc and right singular vectors from its scatter matrix S = XcᵀXc (row-major,
    /// columns × columns): an orthonormal Z spanning S^(q+1)Ω, then the Rayleigh–Ritz step, the eigen-decomposition
    /// of ZᵀSZ, whose eigenvalues are squared singular values. Signs as <see cref="ThinSvd"/>.
    /// </summary>
    public static (double[] Values, Matrix<double> Vectors) FromScatter(double[] scatter, int columns, int count, int oversamples, int powerIterations, int seed, int threads)
    {
        var width = Math.Min(count + oversamples, columns);
        var random = new SplitMix64(seed);
        var omega = Matrix<double>.Build.Dense(columns, width, (_, _) => Gaussian(ref random));
        var z = Orthonormal(Times(scatter, omega, threads));
        for (var i = 0; i < powerIterations; i++) z = Orthonormal(Times(scatter, z, threads));
        var small = z.TransposeThisAndMultiply(Times(scatter, z, threads));
        small = (small + small.Transpose()) * 0.5;
        var evd = small.Evd(Symmetricity.Symmetric);
        var values = new double[count];
        var vectors = Matrix<double>.Build.Dense(count, columns);
        for (var c = 0; c < count; c++)
        {
            // MathNet orders eigenvalues ascending.
            values[c] = Math.Sqrt(Math.Max(evd.EigenValues[width - 1 - c].Real, 0));
            vectors.SetRow(c, ThinSvd.Flip(z * evd.EigenVectors.Column(width - 1 - c)));
        }
        return (values, vectors);
    }

    // S·B for the symmetric row-major S: row j of the result is Σₖ S[j, k]·B[k, ·], a vectorised AXPY per entry,
    // rows on several threads (each row on its own, so any thread count agrees).
    private static Matrix<double> Times(double[] scatter, Matrix<double> b, int threads)
    {
        var (d, width) = (b.RowCount, b.ColumnCount);
        var right = b.ToRowMajorArray();
        var result = new double[d * width];
        TreeParallel.For(d, threads, j =>
        {
            var target = result.AsSpan(j * width, width);
            for (var k = 0; k < d; k++)
            {
                var s = scatter[(j * d) + k];
                if (s != 0) TensorPrimitives.MultiplyAdd(right.AsSpan(k * width, width), s, target, target);
            }
        });
        return Matrix<double>.Build.Dense(d, width, (j, c) => result[(j * width) + c]);
    }

    // The thin QR keeps Q at rows × width; the full one would be rows × rows.
    private static Matrix<double> Orthonormal(Matrix<double> y) => y.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;

    // Box–Muller: one standard normal per call (the second is dropped for simplicity).
    private static double Gaussian(ref SplitMix64 random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
