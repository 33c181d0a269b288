using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// The hyper-parameters that <see cref="SupportVectorClassifier"/> and <see cref="SupportVectorRegressor"/> share
/// (scikit-learn's and libsvm's defaults), and the kernel they resolve to for a training set.
/// </summary>
public abstract record SvmSettings
{
    /// <summary>The kernel (default RBF).</summary>
    public SvmKernel Kernel { get; init; } = SvmKernel.Rbf;

    /// <summary>The penalty C &gt; 0 on margin violations (default 1); a row's weight multiplies it.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>The kernel width γ &gt; 0 of RBF and polynomial kernels; null (the default) is scikit-learn's "scale", 1 / (features × variance of x).</summary>
    public double? Gamma { get; init; }

    /// <summary>The polynomial kernel's degree (default 3).</summary>
    public int Degree { get; init; } = 3;

    /// <summary>The polynomial kernel's constant term (default 0).</summary>
    public double Coef0 { get; init; }

    /// <summary>The solver stops when the maximal violation of the optimality conditions is below this (default 1e-3, libsvm's eps).</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Set aside variables stuck at a bound during the solve (default true).</summary>
    public bool Shrinking { get; init; } = true;

    /// <summary>Memory for cached kernel columns, in megabytes (default 200, as scikit-learn).</summary>
    public double CacheMegabytes { get; init; } = 200;

    /// <summary>Solver iterations per machine; null (the default) is libsvm's max(10⁷, 100 × rows).</summary>
    public int? MaxIterations { get; init; }

    /// <summary>
    /// Threads for the fit (one-vs-one machines side by side, or one machine's kernel columns when there is a
    /// single pair) and for predictions; 0 uses every core. Results are identical at any count.
    /// </summary>
    public int Threads { get; init; }

    private protected KernelFunction ResolveKernel(Matrix x)
    {
        if (!(C > 0) || !double.IsFinite(C)) throw new ArgumentOutOfRangeException(nameof(C), C, "C must be positive and finite.");
        if (!(Tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be positive.");
        if (Gamma is { } g && (!(g > 0) || !double.IsFinite(g))) throw new ArgumentOutOfRangeException(nameof(Gamma), g, "Gamma must be positive and finite.");
        if (Kernel == SvmKernel.Polynomial) ArgumentOutOfRangeException.ThrowIfLessThan(Degree, 1, nameof(Degree));
        if (!(CacheMegabytes > 0)) throw new ArgumentOutOfRangeException(nameof(CacheMegabytes), CacheMegabytes, "CacheMegabytes must be positive.");
        return new KernelFunction(Kernel, Gamma ?? KernelFunction.ScaleGamma(x), Degree, Coef0);
    }

    private protected int IterationLimit(int rows) => MaxIterations ?? (int)Math.Min(int.MaxValue, Math.Max(10_000_000L, 100L * rows));
}
