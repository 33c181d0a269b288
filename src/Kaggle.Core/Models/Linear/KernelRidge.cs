using System.Numerics.Tensors;
using Kaggle.Core.Data;
using LA = MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Kernel ridge regression with the RBF kernel k(x, z) = exp(−γ‖x − z‖²)
/// (https://en.wikipedia.org/wiki/Kernel_method): minimises Σᵢ wᵢ(yᵢ − f(xᵢ))² + α‖f‖² over the kernel's function
/// space, solved in closed form as (√W K √W + αI)c′ = √W y, c = √W c′, by Cholesky (MathNet). scikit-learn's
/// <c>KernelRidge(kernel="rbf")</c> with <see cref="FitIntercept"/> off; on (the default) y is centred on its
/// weighted mean first, so predictions far from the data tend to that mean rather than to 0. Memory O(n²), time
/// O(n³): for thousands of rows, not millions. Scale features first: the kernel sees raw distances.
/// </summary>
public sealed record KernelRidge : ILearner<KernelRidgeModel>
{
    /// <summary>The ridge penalty α &gt; 0 (default 1, as scikit-learn).</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>The RBF width γ &gt; 0; null (the default) means 1 / features, as scikit-learn.</summary>
    public double? Gamma { get; init; }

    /// <summary>Centre y on its weighted mean and add it back at prediction (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    public KernelRidgeModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        if (!(Alpha > 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be positive and finite.");
        var gamma = Gamma ?? 1.0 / x.ColumnCount;
        if (!(gamma > 0) || !double.IsFinite(gamma))
            throw new ArgumentOutOfRangeException(nameof(Gamma), gamma, "Gamma must be positive and finite.");

        var n = x.RowCount;
        var root = new double[n];
        double total = 0, mean = 0;
        for (var i = 0; i < n; i++)
        {
            var w = sampleWeight.IsEmpty ? 1.0 : sampleWeight[i];
            root[i] = Math.Sqrt(w);
            total += w;
            mean += w * y[i];
        }
        mean = FitIntercept ? mean / total : 0;

        var system = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            system[(i * n) + i] = (root[i] * root[i]) + Alpha;   // k(x, x) = 1
            for (var j = 0; j < i; j++)
                system[(i * n) + j] = system[(j * n) + i] = root[i] * root[j] * Rbf(x.Row(i), x.Row(j), gamma);
        }
        var rhs = new double[n];
        for (var i = 0; i < n; i++) rhs[i] = root[i] * (y[i] - mean);
        var solution = LA.Matrix<double>.Build.Dense(n, n, system).Cholesky().Solve(LA.Vector<double>.Build.Dense(rhs));
        var dual = new double[n];
        for (var i = 0; i < n; i++) dual[i] = root[i] * solution[i];
        return new KernelRidgeModel(x.Clone(), dual, gamma, mean);
    }

    internal static double Rbf(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double gamma)
    {
        var distance = TensorPrimitives.Distance(a, b);
        return Math.Exp(-gamma * distance * distance);
    }
}
