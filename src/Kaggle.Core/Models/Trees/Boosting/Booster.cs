using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The gradient boosting loop (Friedman, 2001) over <see cref="HistogramTreeBuilder"/> trees: each round computes the
/// objective's gradients at the current scores, grows one tree per output on a seeded row bag and column sample,
/// and adds the trees' leaf values to the scores. With a validation set it records the validation loss per round,
/// stops after <see cref="BoostingOptions.EarlyStoppingRounds"/> rounds without improvement, and keeps the best round.
/// </summary>
internal static class Booster
{
    private const int ChunkRows = 16_384;

    public sealed record Validation(Matrix X, double[] Y, double[] W);

    public sealed record Result(BoostedEnsemble Ensemble, double[] ValidationLoss, int BestRound);

    public static Result Fit(Matrix x, double[] y, double[] w, Validation? validation, BoostingObjective objective, BoostingOptions options)
    {
        var threads = options.Threads;
        var (mapper, data) = TreeFitting.Bin(x, options.MaxBins, options.Categorical, options.Seed, threads);
        var n = x.RowCount;
        var outputs = objective.Outputs;
        var baseScores = objective.InitialScores(y, w);
        var scores = Scores(n, baseScores);
        var gradients = new double[outputs][];
        for (var k = 0; k < outputs; k++) gradients[k] = new double[2 * n];
        using var team = new WorkerTeam(threads);
        var builder = new HistogramTreeBuilder(data, mapper, options, team);
        var trees = new List<Tree>();
        var gains = new double[x.ColumnCount];
        var splits = new int[x.ColumnCount];
        var validScores = validation is null ? [] : Scores(validation.X.RowCount, baseScores);
        var validLoss = new List<double>();
        var bestRound = -1;
        var bestLoss = double.PositiveInfinity;
        var inBag = options.RowSubsample < 1 ? new bool[n] : [];

        for (var round = 0; round < options.Rounds; round++)
        {
            var chunks = (n + ChunkRows - 1) / ChunkRows;
            team.Run(chunks, c => objective.Gradients(scores, y, w, gradients, c * ChunkRows, Math.Min(n, (c + 1) * ChunkRows)));
            var bag = Bag(round, n, options, inBag);
            for (var k = 0; k < outputs; k++)
            {
                var active = Columns((round * outputs) + k, x.ColumnCount, options);
                var tree = builder.Build(gradients[k], bag, active);
                if (objective.RenewsLeaves)
                    for (var l = 0; l < builder.LeafCount; l++)
                        tree.MutableValue(builder.LeafNode(l))[0] = options.LearningRate * objective.RenewLeaf(builder.LeafRows(l), scores, y, w);
                AddToScores(builder, tree, scores, outputs, k, team, inBag);
                for (var f = 0; f < gains.Length; f++)
                {
                    gains[f] += builder.Gains[f];
                    splits[f] += builder.SplitCounts[f];
                }
                if (validation is not null)
                    for (var i = 0; i < validation.X.RowCount; i++)
                        validScores[(i * outputs) + k] += tree.Value(tree.FindLeaf(validation.X.Row(i)))[0];
                trees.Add(tree);
            }
            if (validation is null) continue;
            var loss = objective.Loss(validScores, validation.Y, validation.W, 0, validation.X.RowCount) / validation.W.Sum();
            validLoss.Add(loss);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                bestRound = round;
            }
            else if (options.EarlyStoppingRounds > 0 && round - bestRound >= options.EarlyStoppingRounds)
            {
                break;
            }
        }
        var kept = validation is null ? trees.Count / outputs : bestRound + 1;
        var ensemble = new BoostedEnsemble(x.ColumnCount, baseScores, [.. trees.Take(kept * outputs)], gains, splits);
        return new Result(ensemble, [.. validLoss], kept - 1);
    }

    private static double[] Scores(int rows, double[] baseScores)
    {
        var scores = new double[rows * baseScores.Length];
        for (var i = 0; i < rows; i++) baseScores.CopyTo(scores, i * baseScores.Length);
        return scores;
    }

    /// <summary>Adds the tree's leaf values to the scores: bagged rows by their leaf, the others by walking the binned tree.</summary>
    private static void AddToScores(HistogramTreeBuilder builder, Tree tree, double[] scores, int outputs, int k, WorkerTeam team, bool[] inBag)
    {
        void AddLeaf(int l)
        {
            var value = tree.Value(builder.LeafNode(l))[0];
            foreach (var row in builder.LeafRows(l)) scores[(row * outputs) + k] += value;
        }
        if (scores.Length < ChunkRows)
            for (var l = 0; l < builder.LeafCount; l++) AddLeaf(l);
        else
            team.Run(builder.LeafCount, AddLeaf);
        if (inBag.Length == 0) return;
        var n = inBag.Length;
        var chunks = (n + ChunkRows - 1) / ChunkRows;
        team.Run(chunks, c =>
        {
            for (var row = c * ChunkRows; row < Math.Min(n, (c + 1) * ChunkRows); row++)
                if (!inBag[row]) scores[(row * outputs) + k] += tree.Value(builder.RouteBinned(row))[0];
        });
    }

    /// <summary>Round <paramref name="round"/>'s rows: each kept with probability RowSubsample (LightGBM's bagging every round); empty = all rows.</summary>
    private static int[] Bag(int round, int n, BoostingOptions options, bool[] inBag)
    {
        if (options.RowSubsample >= 1) return [];
        var random = new SplitMix64(SplitMix64.Derive(options.Seed ^ 0x6261_6767, round));
        var rows = new List<int>((int)(n * options.RowSubsample) + 16);
        for (var i = 0; i < n; i++)
        {
            inBag[i] = random.NextDouble() < options.RowSubsample;
            if (inBag[i]) rows.Add(i);
        }
        if (rows.Count == 0)
        {
            inBag[0] = true;
            rows.Add(0);
        }
        return [.. rows];
    }

    /// <summary>Tree <paramref name="tree"/>'s features, ascending: a seeded sample of ⌈ColumnSubsample·F⌉, or all.</summary>
    private static int[] Columns(int tree, int featureCount, BoostingOptions options)
    {
        var all = new int[featureCount];
        for (var f = 0; f < featureCount; f++) all[f] = f;
        if (options.ColumnSubsample >= 1) return all;
        var take = Math.Clamp((int)Math.Ceiling(options.ColumnSubsample * featureCount), 1, featureCount);
        var random = new SplitMix64(SplitMix64.Derive(options.Seed ^ 0x636F_6C73, tree));
        for (var i = 0; i < take; i++)
        {
            var j = i + random.NextInt(featureCount - i);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..take];
        Array.Sort(chosen);
        return chosen;
    }
}
