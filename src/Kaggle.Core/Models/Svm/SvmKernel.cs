namespace Kaggle.Core.Models.Svm;

/// <summary>The kernel k(x, z) of a support vector machine (https://en.wikipedia.org/wiki/Kernel_method).</summary>
public enum SvmKernel
{
    /// <summary>exp(−γ‖x − z‖²), scikit-learn's default.</summary>
    Rbf,

    /// <summary>(γ x·z + coef0)^degree.</summary>
    Polynomial,

    /// <summary>x·z.</summary>
    Linear,
}
