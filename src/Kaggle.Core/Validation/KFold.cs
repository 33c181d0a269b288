namespace Kaggle.Core.Validation;

/// <summary>
/// K-fold cross-validation: rows (shuffled with <see cref="Seed"/> when <see cref="Shuffle"/>) are cut into
/// <see cref="FoldCount"/> contiguous parts whose sizes differ by at most one, as scikit-learn's KFold does.
/// </summary>
public sealed record KFold(int FoldCount = 5, bool Shuffle = true, int Seed = 42) : IFoldSplitter
{
    public IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default)
    {
        FoldBuilder.CheckCounts(rowCount, FoldCount);
        var order = Enumerable.Range(0, rowCount).ToArray();
        if (Shuffle) new SplitMix64(Seed).Shuffle(order.AsSpan());
        var assignment = new int[rowCount];
        var start = 0;
        for (var f = 0; f < FoldCount; f++)
        {
            var size = (rowCount / FoldCount) + (f < rowCount % FoldCount ? 1 : 0);
            for (var k = start; k < start + size; k++) assignment[order[k]] = f;
            start += size;
        }
        return FoldBuilder.FromAssignment(assignment, FoldCount);
    }

    public IFoldSplitter WithSeed(int seed) => this with { Seed = seed };
}
