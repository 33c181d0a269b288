using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The trees of a boosting run, <see cref="Outputs"/> per round in round order, and the starting scores: the raw score
/// of output k is BaseScores[k] plus the leaf values of that output's trees, added in round order. Immutable.
/// </summary>
internal sealed class BoostedEnsemble
{
    private const long ParallelWork = 1 << 16;
    private const int BlockRows = 2048;

    public BoostedEnsemble(int featureCount, double[] baseScores, Tree[] trees, double[] gains, int[] splits)
    {
        FeatureCount = featureCount;
        BaseScores = baseScores;
        Trees = trees;
        Gains = gains;
        Splits = splits;
    }

    public int FeatureCount { get; }

    public int Outputs => BaseScores.Length;

    public double[] BaseScores { get; }

    public Tree[] Trees { get; }

    /// <summary>Total split gain per feature.</summary>
    public double[] Gains { get; }

    /// <summary>Number of splits per feature.</summary>
    public int[] Splits { get; }

    public int Rounds => Trees.Length / Outputs;

    /// <summary>Raw scores (rows × <see cref="Outputs"/>, row-major) of the first <paramref name="rounds"/> rounds.</summary>
    public void PredictRaw(Matrix x, Span<double> destination, int rounds)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.Destination(destination.Length, x.RowCount * Outputs);
        if ((long)x.RowCount * Trees.Length < ParallelWork)
        {
            PredictRows(x, 0, x.RowCount, destination, rounds);
            return;
        }
        var result = new double[destination.Length];
        var blocks = (x.RowCount + BlockRows - 1) / BlockRows;
        Parallel.For(0, blocks, block =>
        {
            var start = block * BlockRows;
            var end = Math.Min(x.RowCount, start + BlockRows);
            PredictRows(x, start, end, result.AsSpan(start * Outputs, (end - start) * Outputs), rounds);
        });
        result.CopyTo(destination);
    }

    // Tree-outer within a block of rows (a tree's nodes stay in cache); each row still adds its trees in round order.
    private void PredictRows(Matrix x, int start, int end, Span<double> destination, int rounds)
    {
        var k = Outputs;
        for (var i = 0; i < end - start; i++) BaseScores.CopyTo(destination.Slice(i * k, k));
        for (var t = 0; t < rounds * k; t++)
        {
            var tree = Trees[t];
            var output = t % k;
            for (var i = start; i < end; i++)
                destination[((i - start) * k) + output] += tree.Value(tree.FindLeaf(x.Row(i)))[0];
        }
    }

    public BoostedEnsemble Truncate(int rounds) => new(FeatureCount, BaseScores, Trees[..(rounds * Outputs)], Gains, Splits);

    public void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        writer.WriteArray(BaseScores);
        writer.WriteArray(Gains);
        writer.WriteArray(Splits);
        writer.Write(Trees.Length);
        foreach (var tree in Trees) tree.Write(writer);
    }

    public static BoostedEnsemble Read(BinaryReader reader)
    {
        try
        {
            var featureCount = reader.ReadInt32();
            var baseScores = reader.ReadDoubleArray();
            var gains = reader.ReadDoubleArray();
            var splits = reader.ReadInt32Array();
            var count = reader.ReadInt32();
            if (featureCount < 1 || baseScores.Length < 1 || gains.Length != featureCount || splits.Length != featureCount || count < 0 || count % baseScores.Length != 0)
                throw new InvalidDataException($"A boosted model of {count} trees, {baseScores.Length} outputs and {featureCount} features is not valid.");
            var trees = new Tree[count];
            for (var t = 0; t < count; t++)
            {
                trees[t] = Tree.Read(reader, featureCount);
                if (trees[t].ValueWidth != 1) throw new InvalidDataException("A boosted tree holds one value per leaf.");
            }
            return new BoostedEnsemble(featureCount, baseScores, trees, gains, splits);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The stream ended inside a boosted model.", e);
        }
    }
}
