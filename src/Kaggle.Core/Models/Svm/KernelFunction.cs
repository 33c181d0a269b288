using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Neighbors;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>A kernel with its parameters, evaluated between rows (the training rows for the solver, new rows at prediction).</summary>
internal sealed record KernelFunction(SvmKernel Kind, double Gamma, int Degree, double Coef0)
{
    public double Evaluate(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Kind switch
    {
        SvmKernel.Rbf => Rbf(a, b),
        SvmKernel.Polynomial => Math.Pow((Gamma * TensorPrimitives.Dot(a, b)) + Coef0, Degree),
        _ => TensorPrimitives.Dot(a, b),
    };

    private double Rbf(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Math.Exp(-Gamma * DistanceKernels.SquaredEuclidean(a, b));

    // The solver's RBF entries (rows[t], or t itself when rows is null, for t in [start, end)) eight at a time:
    // squared distances four rows per pass over the source (DistanceKernels.SquaredEuclidean4 gives the single
    // kernel's bits), scaled by −γ, then KernelExp's vectorised exp of the eight (libm's exp per entry was a third
    // of the solve). Every entry takes the same path whatever the chunking; entries may differ from Evaluate's
    // (Math.Exp) in the last bits.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RbfBatches(ReadOnlySpan<double> source, Matrix x, int[]? rows, int start, int end, Span<double> destination)
    {
        const int Group = 8;
        Span<double> values = stackalloc double[Group];
        for (var first = start; first < end; first += Group)
        {
            var count = Math.Min(Group, end - first);
            var t = 0;
            for (; t + 4 <= count; t += 4)
            {
                var r = first + t;
                DistanceKernels.SquaredEuclidean4(source, x.Row(rows?[r] ?? r), x.Row(rows?[r + 1] ?? r + 1),
                    x.Row(rows?[r + 2] ?? r + 2), x.Row(rows?[r + 3] ?? r + 3), values[t..]);
            }
            for (; t < count; t++) values[t] = DistanceKernels.SquaredEuclidean(source, x.Row(rows?[first + t] ?? first + t));
            values[count..].Clear();
            ScaledExp(values, -Gamma);
            for (t = 0; t < count; t++) destination[rows?[first + t] ?? first + t] = values[t];
        }
    }

    // values = exp(scale × values) over the eight entries (scale = −γ ≤ 0, values ≥ 0).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScaledExp(Span<double> values, double scale)
    {
        if (values.Length < 8) Throw.Argument("ScaledExp works on eight values.");
        ref var v = ref MemoryMarshal.GetReference(values);
        var factor = Vector256.Create(scale);
        KernelExp.Exp(Vector256.LoadUnsafe(ref v) * factor).StoreUnsafe(ref v);
        KernelExp.Exp(Vector256.LoadUnsafe(ref v, 4) * factor).StoreUnsafe(ref v, 4);
    }

    /// <summary>
    /// k(<paramref name="source"/>, x_i) for every row i of <paramref name="x"/> on this thread: RBF through the
    /// solver's batched kernel (vectorised exp, not Math.Exp, so the last bits may differ from <see cref="Evaluate"/>).
    /// </summary>
    public void Values(ReadOnlySpan<double> source, Matrix x, Span<double> destination)
    {
        if (destination.Length < x.RowCount) Throw.Argument($"destination holds {destination.Length} values; {x.RowCount} are needed.");
        if (Kind == SvmKernel.Rbf) RbfBatches(source, x, null, 0, x.RowCount, destination);
        else for (var i = 0; i < x.RowCount; i++) destination[i] = Evaluate(source, x.Row(i));
    }

    /// <summary>k(x_row, x_i) for every row i of <paramref name="x"/>, in row blocks on several threads (each entry on its own, so any thread count agrees).</summary>
    public void Column(Matrix x, int row, double[] destination, int threads)
    {
        var source = x.Row(row).ToArray();
        Chunks(x.RowCount, threads, (start, end) =>
        {
            if (Kind == SvmKernel.Rbf) RbfBatches(source, x, null, start, end, destination);
            else for (var i = start; i < end; i++) destination[i] = Evaluate(source, x.Row(i));
        });
    }

    /// <summary>k(x_row, x_i) for the rows i listed in the first <paramref name="count"/> entries of <paramref name="rows"/> only; other entries are left as they are.</summary>
    public void Column(Matrix x, int row, int[] rows, int count, double[] destination, int threads)
    {
        var source = x.Row(row).ToArray();
        Chunks(count, threads, (start, end) =>
        {
            if (Kind == SvmKernel.Rbf) RbfBatches(source, x, rows, start, end, destination);
            else for (var t = start; t < end; t++) destination[rows[t]] = Evaluate(source, x.Row(rows[t]));
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
