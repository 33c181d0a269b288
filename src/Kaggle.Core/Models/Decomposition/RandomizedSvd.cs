using MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// Randomized SVD (Halko, Martinsson and Tropp 2011, https://arxiv.org/abs/0909.4061, algorithms 4.4 and 5.1):
/// sample the range of A with a Gaussian test matrix of <c>count + oversamples</c> columns, sharpen it with power
/// iterations (re-orthonormalised by QR each half step), then take the exact SVD of the small projection QᵀA.
/// The Gaussian draws come from <see cref="SplitMix64"/>, so a seed fixes the result.
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
