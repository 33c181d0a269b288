namespace Kaggle.Core.Validation;

/// <summary>
/// Stratified K-fold: each fold keeps the class proportions of <c>y</c>. Within each class (in ascending label
/// order) rows are shuffled with <see cref="Seed"/> and dealt to the folds in turn, continuing where the previous
/// class stopped, so fold sizes differ by at most one. <c>y</c> may hold any discrete values (bin a continuous target first).
/// </summary>
public sealed record StratifiedKFold(int FoldCount = 5, int Seed = 42) : IFoldSplitter
{
    public IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default)
    {
        FoldBuilder.CheckCounts(rowCount, FoldCount);
        if (y.Length != rowCount)
            throw new ArgumentException($"Stratified folds need one label per row: {rowCount} rows but y has {y.Length} values.", nameof(y));
        var byClass = new SortedDictionary<double, List<int>>();
        for (var i = 0; i < rowCount; i++)
        {
            if (double.IsNaN(y[i]))
                throw new ArgumentException($"y[{i}] is NaN; stratification needs a label for every row.", nameof(y));
            if (!byClass.TryGetValue(y[i], out var rows)) byClass[y[i]] = rows = [];
            rows.Add(i);
        }
        var random = new SplitMix64(Seed);
        var assignment = new int[rowCount];
        var next = 0;
        foreach (var rows in byClass.Values)
        {
            var members = rows.ToArray();
            random.Shuffle(members.AsSpan());
            foreach (var row in members)
            {
                assignment[row] = next;
                next = (next + 1) % FoldCount;
            }
        }
        return FoldBuilder.FromAssignment(assignment, FoldCount);
    }

    public IFoldSplitter WithSeed(int seed) => this with { Seed = seed };
}
