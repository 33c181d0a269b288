using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Neighbors;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>A kernel with its parameters, evaluated between rows (the training rows for the solver, new rows at prediction).</summary>
internal sealed record KernelFunction(SvmKernel Kind, double Gamma, int Degree, double Coef0)
{
    public double Evaluate(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Kind switch
    {
        SvmKernel.Rbf => Math.Exp(-Gamma * DistanceKernels.SquaredEuclidean(a, b)),
        SvmKernel.Polynomial => Math.Pow((Gamma * TensorPrimitives.Dot(a, b)) + Coef0, Degree),
        _ => TensorPrimitives.Dot(a, b),
    };

    /// <summary>k(x_row, x_i) for every row i of <paramref name="x"/>, in row blocks on several threads (each entry on its own, so any thread count agrees).</summary>
    public void Column(Matrix x, int row, double[] destination, int threads)
    {
        var source = x.Row(row).ToArray();
        Chunks(x.RowCount, threads, (start, end) =>
        {
            for (var i = start; i < end; i++) destination[i] = Evaluate(source, x.Row(i));
        });
    }

    /// <summary>k(x_row, x_i) for the rows i listed in the first <paramref name="count"/> entries of <paramref name="rows"/> only; other entries are left as they are.</summary>
    public void Column(Matrix x, int row, int[] rows, int count, double[] destination, int threads)
    {
        var source = x.Row(row).ToArray();
        Chunks(count, threads, (start, end) =>
        {
            for (var t = start; t < end; t++) destination[rows[t]] = Evaluate(source, x.Row(rows[t]));
        });
    }

    // Fixed chunks of 256 entries; threads only pay off from a few thousand entries.
    private static void Chunks(int count, int threads, Action<int, int> body)
    {
        const int Chunk = 256;
        if (count < 2048 || threads <= 1)
        {
            body(0, count);
            return;
        }
        TreeParallel.For((count + Chunk - 1) / Chunk, threads, c => body(c * Chunk, Math.Min((c + 1) * Chunk, count)));
    }

    /// <summary>scikit-learn's gamma="scale": 1 / (features × variance of all values), 1 when that variance is 0.</summary>
    public static double ScaleGamma(Matrix x)
    {
        var values = x.Values;
        var mean = TensorPrimitives.Sum<double>(values) / values.Length;
        var variance = 0.0;
        foreach (var v in values) variance += (v - mean) * (v - mean);
        variance /= values.Length;
        return variance > 0 ? 1.0 / (x.ColumnCount * variance) : 1.0;
    }
}
