namespace Kaggle.LightGbm;

/// <summary>
/// A custom training loss for <see cref="LightGbmLearner.CustomObjective"/>, called once per boosting round with the
/// current raw scores (the sum of the trees so far, starting at 0). For K score columns (K classes of a multiclass
/// classifier, else 1) <c>scores</c>, <c>gradients</c> and <c>hessians</c> are
/// class-major: the value of row i for class k is at <c>k * rowCount + i</c>. Write the first and second derivatives of
/// the loss with respect to each score, times the row weight (LightGBM does not apply weights for custom losses).
/// Implementations must be deterministic; they are called on the training thread.
/// </summary>
public interface ILightGbmObjective
{
    /// <summary>
    /// Fills <paramref name="gradients"/> and <paramref name="hessians"/> (length rows × K) from <paramref name="scores"/>,
    /// the targets <paramref name="labels"/> (one per row) and <paramref name="weights"/> (one per row, or empty for all 1).
    /// </summary>
    void Gradients(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights, Span<float> gradients, Span<float> hessians);
}
