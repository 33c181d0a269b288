using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Trees whose leaf values are averaged in tree order (a decision tree is a forest of one), so a prediction does not
/// depend on how many threads computed it. Holds the normalised feature importances. Immutable once built.
/// </summary>
internal sealed class Forest
{
    // Below this many row × tree visits a prediction runs on the calling thread.
    private const long ParallelWork = 1 << 16;
    // Rows per parallel block: the block's rows and one tree share the cache. Smaller sets take smaller blocks, so
    // every core still gets one; the blocking never changes a row's sum.
    private const int MaxBlockRows = 8192;
    private const int MinBlockRows = 256;

    public Forest(Tree[] trees, int featureCount, double[] importances)
    {
        Trees = trees;
        FeatureCount = featureCount;
        Importances = importances;
        ValueWidth = trees[0].ValueWidth;
    }

    public Tree[] Trees { get; }

    public int FeatureCount { get; }

    public int ValueWidth { get; }

    public double[] Importances { get; }

    /// <summary>Writes the mean leaf value of each row of <paramref name="x"/> into <paramref name="destination"/> (rows × <see cref="ValueWidth"/>, row-major).</summary>
    /// <summary>Class probabilities (the mean over trees of each leaf's class shares) into <paramref name="destination"/>, rows × classes.</summary>
    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.ColumnCount != ValueWidth)
            throw new ArgumentException($"destination has {destination.ColumnCount} columns but the model has {ValueWidth} classes.", nameof(destination));
        PredictMean(x, destination.Values);
    }

    /// <summary>Reads a classification model's class count and its trees, checking that the leaves hold one value per class.</summary>
    public static Forest ReadClassification(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var forest = Read(reader);
        if (forest.ValueWidth != classCount)
            throw new InvalidDataException($"The trees hold {forest.ValueWidth} values per leaf but the model has {classCount} classes.");
        return forest;
    }

    public void PredictMean(Matrix x, Span<double> destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.Destination(destination.Length, x.RowCount * ValueWidth);
        if ((long)x.RowCount * Trees.Length < ParallelWork)
        {
            PredictRows(x, 0, x.RowCount, destination);
            return;
        }
        var result = new double[destination.Length];
        var blockRows = Math.Clamp((x.RowCount + Environment.ProcessorCount - 1) / Environment.ProcessorCount, MinBlockRows, MaxBlockRows);
        var blocks = (x.RowCount + blockRows - 1) / blockRows;
        Parallel.For(0, blocks, block =>
        {
            var start = block * blockRows;
            var end = Math.Min(x.RowCount, start + blockRows);
            PredictRows(x, start, end, result.AsSpan(start * ValueWidth, (end - start) * ValueWidth));
        });
        result.CopyTo(destination);
    }

    // Tree-outer within a block of rows, so a tree stays in cache while the block's rows walk it; each row still adds
    // its trees in tree order, so the sums do not depend on the blocking.
    private void PredictRows(Matrix x, int start, int end, Span<double> destination)
    {
        destination.Clear();
        var width = ValueWidth;
        var features = x.ColumnCount;
        var rows = x.Array.AsSpan(start * features, (end - start) * features);
        var leaves = new int[end - start];
        foreach (var tree in Trees)
        {
            tree.FindLeaves(rows, features, leaves);
            if (width == 2)
            {
                for (var i = 0; i < leaves.Length; i++)
                {
                    var value = tree.Value(leaves[i]);
                    destination[2 * i] += value[0];
                    destination[(2 * i) + 1] += value[1];
                }
            }
            else
            {
                for (var i = 0; i < leaves.Length; i++)
                {
                    var value = tree.Value(leaves[i]);
                    var output = destination.Slice(i * width, width);
                    for (var k = 0; k < width; k++) output[k] += value[k];
                }
            }
        }
        var scale = 1.0 / Trees.Length;
        foreach (ref var v in destination) v *= scale;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        writer.WriteArray(Importances);
        writer.Write(Trees.Length);
        foreach (var tree in Trees) tree.Write(writer);
    }

    public static Forest Read(BinaryReader reader)
    {
        try
        {
            var featureCount = reader.ReadInt32();
            var importances = reader.ReadDoubleArray();
            var count = reader.ReadInt32();
            if (featureCount < 1 || importances.Length != featureCount || count < 1)
                throw new InvalidDataException($"A forest of {count} trees over {featureCount} features with {importances.Length} importances is not valid.");
            var trees = new Tree[count];
            for (var t = 0; t < count; t++) trees[t] = Tree.Read(reader, featureCount);
            if (trees.Any(t => t.ValueWidth != trees[0].ValueWidth))
                throw new InvalidDataException("The trees of a forest disagree on their value width.");
            return new Forest(trees, featureCount, importances);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The stream ended inside a tree model.", e);
        }
    }

    /// <summary>Importances normalised to sum 1 (all 0 when no tree split), from one tree's raw impurity decreases.</summary>
    public static double[] Normalize(double[] raw)
    {
        var sum = 0.0;
        foreach (var v in raw) sum += v;
        var result = new double[raw.Length];
        if (sum > 0)
            for (var f = 0; f < raw.Length; f++) result[f] = raw[f] / sum;
        return result;
    }
}
