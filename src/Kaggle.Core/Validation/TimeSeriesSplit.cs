namespace Kaggle.Core.Validation;

/// <summary>
/// Forward-chaining splits for time-ordered rows (the training frame must be sorted by time): the rows are cut into
/// <see cref="FoldCount"/> + 1 consecutive blocks; fold k validates on block k + 1 and trains on everything before
/// it, minus <see cref="Gap"/> rows next to the validation block (and at most <see cref="MaxTrainSize"/> rows, the
/// most recent, when set). The first block is never validated, so its out-of-fold predictions stay missing.
/// Like scikit-learn's TimeSeriesSplit. Deterministic: the seed is unused.
/// </summary>
public sealed record TimeSeriesSplit(int FoldCount = 5, int Gap = 0, int MaxTrainSize = 0) : IFoldSplitter
{
    public IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(FoldCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(Gap);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxTrainSize);
        var testSize = rowCount / (FoldCount + 1);
        if (testSize == 0 || rowCount - (FoldCount * testSize) - Gap <= 0)
            throw new ArgumentException($"{rowCount} rows are too few for {FoldCount} time-series folds with a gap of {Gap}.", nameof(rowCount));
        var folds = new Fold[FoldCount];
        for (var f = 0; f < FoldCount; f++)
        {
            var validationStart = rowCount - ((FoldCount - f) * testSize);
            var trainEnd = validationStart - Gap;
            var trainStart = MaxTrainSize > 0 ? Math.Max(0, trainEnd - MaxTrainSize) : 0;
            folds[f] = new Fold(f, Range(trainStart, trainEnd), Range(validationStart, validationStart + testSize));
        }
        return folds;
    }

    public IFoldSplitter WithSeed(int seed) => this;

    private static int[] Range(int start, int end) => Enumerable.Range(start, Math.Max(0, end - start)).ToArray();
}
