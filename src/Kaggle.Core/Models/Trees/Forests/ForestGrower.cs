namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Grows the trees of a random forest in parallel: tree t draws its bootstrap sample and its feature choices from a
/// generator seeded by (Seed, t) alone and is stored at index t, so the forest is the same at any thread count.
/// Each worker owns one <see cref="CartBuilder"/> and its row and weight buffers.
/// </summary>
internal static class ForestGrower
{
    public static Forest Grow(
        int treeCount, bool bootstrap, long seed, int threads, double[] sampleWeights, int featureCount, Func<CartBuilder> newBuilder)
    {
        var rowCount = sampleWeights.Length;
        var trees = new Tree[treeCount];
        var importances = new double[treeCount][];
        Parallel.For(
            0,
            treeCount,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Builder: newBuilder(), Rows: new int[rowCount], Weights: new double[rowCount]),
            (t, _, worker) =>
            {
                var treeSeed = SplitMix64.Derive(seed, t);
                var count = Sample(bootstrap, new SplitMix64(treeSeed), sampleWeights, worker.Rows, worker.Weights);
                var importance = new double[featureCount];
                trees[t] = worker.Builder.Build(worker.Rows, count, worker.Weights, SplitMix64.Derive(treeSeed, 1), importance);
                importances[t] = Forest.Normalize(importance);
                return worker;
            },
            _ => { });

        // scikit-learn's forest importance: the mean of the trees' normalised importances, normalised again.
        var total = new double[featureCount];
        foreach (var importance in importances)
            for (var f = 0; f < featureCount; f++) total[f] += importance[f];
        return new Forest(trees, featureCount, Forest.Normalize(total));
    }

    /// <summary>
    /// Fills <paramref name="weights"/> with sample weight × bootstrap multiplicity (n draws with replacement) and
    /// <paramref name="rows"/> with the rows of positive weight, ascending; returns their count.
    /// </summary>
    private static int Sample(bool bootstrap, SplitMix64 random, double[] sampleWeights, int[] rows, double[] weights)
    {
        var n = sampleWeights.Length;
        if (bootstrap)
        {
            Array.Clear(weights);
            for (var i = 0; i < n; i++) weights[random.NextInt(n)] += 1;
            for (var i = 0; i < n; i++) weights[i] *= sampleWeights[i];
        }
        else
        {
            sampleWeights.CopyTo(weights, 0);
        }
        var count = 0;
        for (var i = 0; i < n; i++)
            if (weights[i] > 0) rows[count++] = i;
        return count;
    }
}
