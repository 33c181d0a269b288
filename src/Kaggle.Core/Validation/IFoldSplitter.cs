namespace Kaggle.Core.Validation;

/// <summary>
/// A cross-validation scheme (k-fold, stratified, grouped, time-ordered). Splitting is deterministic for a seed.
/// </summary>
public interface IFoldSplitter
{
    int FoldCount { get; }

    /// <summary>
    /// Splits <paramref name="rowCount"/> rows. <paramref name="y"/> is used by stratified schemes and
    /// <paramref name="groups"/> by grouped ones (each throws a clear error when what it needs is empty).
    /// </summary>
    IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default);

    /// <summary>The same scheme with another shuffling seed (for repeated cross-validation).</summary>
    IFoldSplitter WithSeed(int seed);
}
