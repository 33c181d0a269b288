using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// One trained two-class machine of the one-vs-one scheme, in libsvm's convention: decision
/// f(x) = Σᵢ coefᵢ k(svᵢ, x) − ρ, positive for the pair's first (lower) class. Support vectors are indices into
/// the rows the machine was trained on.
/// </summary>
internal sealed record BinarySvm(int[] Support, double[] Coefficients, double Rho)
{
    /// <summary>
    /// Trains on <paramref name="rows"/> of <paramref name="x"/> with labels ±1 and per-row caps Cᵢ (C × weight).
    /// </summary>
    public static BinarySvm Train(Matrix x, int[] rows, double[] sign, double[] cap, KernelFunction kernel, double tolerance,
        bool shrinking, double cacheMegabytes, int maxIterations, int threads, ColumnPool? pool = null)
    {
        var sub = x.Rows(rows);
        var cache = new KernelCache(sub, kernel, cacheMegabytes, threads, pool);
        var p = Enumerable.Repeat(-1.0, rows.Length).ToArray();
        var solver = new SmoSolver(cache, [.. Enumerable.Range(0, rows.Length)], sign, p, cap, tolerance, shrinking);
        var solution = solver.Solve(maxIterations);
        cache.Release();
        var support = new List<int>();
        var coefficients = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (solution.Alpha[i] <= 0) continue;
            support.Add(rows[i]);
            coefficients.Add(sign[i] * solution.Alpha[i]);
        }
        return new BinarySvm([.. support], [.. coefficients], solution.Rho);
    }

    /// <summary>Decision values of <paramref name="x"/>'s rows given the kernel values against the training rows' support vectors.</summary>
    public double[] Decisions(Matrix train, Matrix x, KernelFunction kernel, int threads)
    {
        var result = new double[x.RowCount];
        TreeParallel.For(x.RowCount, threads, r =>
        {
            var row = x.Row(r);
            var sum = -Rho;
            for (var s = 0; s < Support.Length; s++) sum += Coefficients[s] * kernel.Evaluate(train.Row(Support[s]), row);
            result[r] = sum;
        });
        return result;
    }
}
