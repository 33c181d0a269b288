namespace Kaggle.Core.Models.Linear;

/// <summary>The optimiser <see cref="LogisticRegression"/> uses. Every choice minimises the same objective.</summary>
public enum LogisticSolver
{
    /// <summary>
    /// L-BFGS for dense input and for three or more classes; trust-region Newton for two classes on CSR input, where
    /// it needs a quarter of the passes over the features (the default).
    /// </summary>
    Auto,

    /// <summary>L-BFGS from zero (scikit-learn's <c>lbfgs</c>): binary or multinomial, dense or CSR.</summary>
    Lbfgs,

    /// <summary>
    /// Trust-region Newton with conjugate gradient (Lin, Weng &amp; Keerthi 2008; liblinear's primal solver, TRON), two
    /// classes only. Each Newton step costs a few Hessian-vector products, two passes over the stored entries each.
    /// </summary>
    TrustRegionNewton,
}
