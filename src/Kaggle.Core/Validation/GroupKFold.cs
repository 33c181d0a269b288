namespace Kaggle.Core.Validation;

/// <summary>
/// Group K-fold: all rows of a group land in the same fold, so a model is never validated on a group it saw.
/// Groups are placed largest first into the currently smallest fold (ties: lowest fold index), as scikit-learn's
/// GroupKFold does; with <see cref="Shuffle"/>, groups of equal size are ordered by a seeded shuffle instead of by id.
/// </summary>
public sealed record GroupKFold(int FoldCount = 5, bool Shuffle = false, int Seed = 42) : IFoldSplitter
{
    public IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default)
    {
        FoldBuilder.CheckCounts(rowCount, FoldCount);
        if (groups.Length != rowCount)
            throw new ArgumentException($"Group folds need one group id per row: {rowCount} rows but {groups.Length} group ids.", nameof(groups));
        var sizes = new Dictionary<int, int>();
        foreach (var g in groups) sizes[g] = sizes.GetValueOrDefault(g) + 1;
        if (sizes.Count < FoldCount)
            throw new ArgumentException($"{FoldCount}-fold group cross-validation needs at least {FoldCount} groups but found {sizes.Count}.", nameof(groups));
        var ids = sizes.Keys.Order().ToArray();
        var tiebreak = new Dictionary<int, int>(ids.Length);
        var order = Enumerable.Range(0, ids.Length).ToArray();
        if (Shuffle) new SplitMix64(Seed).Shuffle(order.AsSpan());
        for (var k = 0; k < ids.Length; k++) tiebreak[ids[k]] = order[k];
        var placed = ids.OrderByDescending(g => sizes[g]).ThenBy(g => tiebreak[g]);
        var foldSizes = new int[FoldCount];
        var foldOf = new Dictionary<int, int>(ids.Length);
        foreach (var g in placed)
        {
            var smallest = 0;
            for (var f = 1; f < FoldCount; f++)
                if (foldSizes[f] < foldSizes[smallest]) smallest = f;
            foldOf[g] = smallest;
            foldSizes[smallest] += sizes[g];
        }
        var assignment = new int[rowCount];
        for (var i = 0; i < rowCount; i++) assignment[i] = foldOf[groups[i]];
        return FoldBuilder.FromAssignment(assignment, FoldCount);
    }

    public IFoldSplitter WithSeed(int seed) => this with { Seed = seed };
}
