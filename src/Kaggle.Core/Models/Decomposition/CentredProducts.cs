using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;
using LA = MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// Products with the centred data Xc = X − 1μᵀ without forming it: Xc·B = X·B − 1(μᵀB) and Xcᵀ·Q = XᵀQ − μ(1ᵀQ),
/// computed row by row on the row-major matrix with vectorised AXPYs that skip zero entries (pixel data is mostly
/// zeros), on several threads over fixed row blocks whose partial sums are added in block order (identical results
/// at any thread count). MathNet's managed multiply would first copy X to column-major and does not skip zeros.
/// </summary>
internal sealed class CentredProducts(Matrix x, double[] means, int threads)
{
    private const int Block = 2048;

    /// <summary>Xc·B for B (columns × width), returned as a rows × width MathNet matrix.</summary>
    public LA.Matrix<double> Times(LA.Matrix<double> b)
    {
        var width = b.ColumnCount;
        var right = RowMajor(b);
        var shift = new double[width];
        for (var j = 0; j < means.Length; j++) TensorPrimitives.MultiplyAdd(right.AsSpan(j * width, width), means[j], shift, shift);
        var result = new double[x.RowCount * width];
        TreeParallel.For((x.RowCount + Block - 1) / Block, threads, block =>
        {
            for (var i = block * Block; i < Math.Min((block + 1) * Block, x.RowCount); i++)
            {
                var row = x.Row(i);
                var target = result.AsSpan(i * width, width);
                for (var j = 0; j < row.Length; j++)
                    if (row[j] != 0) TensorPrimitives.MultiplyAdd(right.AsSpan(j * width, width), row[j], target, target);
                TensorPrimitives.Subtract(target, shift, target);
            }
        });
        return LA.Matrix<double>.Build.Dense(x.RowCount, width, (i, c) => result[(i * width) + c]);
    }

    /// <summary>Xcᵀ·Q for Q (rows × width), returned as a columns × width MathNet matrix.</summary>
    public LA.Matrix<double> TransposeTimes(LA.Matrix<double> q)
    {
        var width = q.ColumnCount;
        var left = RowMajor(q);
        var d = x.ColumnCount;
        var blocks = (x.RowCount + Block - 1) / Block;
        var partial = new double[blocks][];
        TreeParallel.For(blocks, threads, block =>
        {
            var sum = partial[block] = new double[d * width];
            for (var i = block * Block; i < Math.Min((block + 1) * Block, x.RowCount); i++)
            {
                var row = x.Row(i);
                var source = left.AsSpan(i * width, width);
                for (var j = 0; j < d; j++)
                    if (row[j] != 0) TensorPrimitives.MultiplyAdd(source, row[j], sum.AsSpan(j * width, width), sum.AsSpan(j * width, width));
            }
        });
        var total = new double[d * width];
        foreach (var sum in partial) TensorPrimitives.Add(total, sum, total);
        var columnSums = new double[width];
        for (var i = 0; i < x.RowCount; i++) TensorPrimitives.Add(columnSums, left.AsSpan(i * width, width), columnSums);
        for (var j = 0; j < d; j++) TensorPrimitives.MultiplyAdd(columnSums, -means[j], total.AsSpan(j * width, width), total.AsSpan(j * width, width));
        return LA.Matrix<double>.Build.Dense(d, width, (j, c) => total[(j * width) + c]);
    }

    private static double[] RowMajor(LA.Matrix<double> m) => m.ToRowMajorArray();
}
