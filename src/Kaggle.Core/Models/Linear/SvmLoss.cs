namespace Kaggle.Core.Models.Linear;

/// <summary>The loss of a <see cref="LinearSvc"/>.</summary>
public enum SvmLoss
{
    /// <summary>max(0, 1 − y·f(x))², differentiable (scikit-learn's default, <c>"squared_hinge"</c>).</summary>
    SquaredHinge,

    /// <summary>max(0, 1 − y·f(x)), the classic SVM (<c>"hinge"</c>).</summary>
    Hinge,
}
