using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class HistogramKernelsTests
{
    private const int Width = HistogramKernels.EntryWidth * HistogramKernels.SlotsPerFeature;

    [Theory]
    [InlineData(0, 5, 0, 5, false, false)]
    [InlineData(1, 5, 0, 5, true, false)]
    [InlineData(3, 1, 0, 1, false, false)]
    [InlineData(17, 7, 2, 7, true, true)]
    [InlineData(33, 28, 0, 28, true, false)]
    [InlineData(33, 28, 0, 28, true, true)]
    [InlineData(1000, 28, 13, 28, false, true)]
    [InlineData(257, 9, 0, 3, true, true)]
    public void Build_RandomInputs_MatchesScalarReferenceBitForBit(int count, int featureCount, int first, int end, bool scattered, bool byRow)
    {
        var (bins, rows, gradients) = Inputs(count, featureCount, seed: count + featureCount);
        var rowList = scattered ? rows : [];
        var expected = new double[featureCount * Width];
        var actual = new double[featureCount * Width];

        HistogramKernels.BuildScalar(bins, featureCount, rowList, count, gradients, byRow, Enumerable.Range(first, end - first).ToArray(), expected);
        HistogramKernels.Build(bins, featureCount, rowList, count, gradients, byRow, first, end, actual);

        Assert.Equal(expected, actual);
        var hessians = Enumerable.Range(0, count).Sum(i => gradients[(2 * (byRow && rowList.Length > 0 ? rowList[i] : i)) + 1]);
        Assert.Equal(hessians * (end - first), actual.Where((_, i) => i % HistogramKernels.EntryWidth == 1).Sum(), 9);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, false)]
    [InlineData(300, true)]
    public void BuildSubset_RandomInputs_MatchesScalarReferenceBitForBit(int count, bool scattered)
    {
        const int FeatureCount = 11;
        var (bins, rows, gradients) = Inputs(count, FeatureCount, seed: 3);
        int[] features = [0, 4, 5, 10];
        var expected = new double[FeatureCount * Width];
        var actual = new double[FeatureCount * Width];

        HistogramKernels.BuildScalar(bins, FeatureCount, scattered ? rows : [], count, gradients, scattered, features, expected);
        HistogramKernels.BuildSubset(bins, FeatureCount, scattered ? rows : [], count, gradients, scattered, features, actual);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 3)]
    [InlineData(2, 7)]
    public void Subtract_RandomInputs_MatchesScalarReference(int first, int end)
    {
        var random = new Random(first + end);
        var parent = Enumerable.Range(0, 7 * Width).Select(_ => random.NextDouble()).ToArray();
        var child = Enumerable.Range(0, 7 * Width).Select(_ => random.NextDouble()).ToArray();
        var expected = (double[])parent.Clone();

        HistogramKernels.SubtractScalar(expected, child, first, end);
        HistogramKernels.Subtract(parent, child, first, end);

        Assert.Equal(expected, parent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(255)]
    public void Gains_RandomSums_MatchScalarReferenceBitForBit(int n)
    {
        var random = new Random(n);
        var leftG = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        var leftH = Enumerable.Range(0, n).Select(_ => random.NextDouble() * (random.Next(5) == 0 ? 0.001 : 3)).ToArray();
        var expected = new double[n];
        var actual = new double[n];

        HistogramKernels.GainsScalar(leftG, leftH, 0.7, 3.1, 0.5, 0.01, 0.2, expected);
        HistogramKernels.Gains(leftG, leftH, 0.7, 3.1, 0.5, 0.01, 0.2, actual);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 5)]
    public void Add_RandomInputs_AddsTheFeatureRange(int first, int end)
    {
        var random = new Random(end);
        var total = Enumerable.Range(0, 6 * Width).Select(_ => random.NextDouble()).ToArray();
        var part = Enumerable.Range(0, 6 * Width).Select(_ => random.NextDouble()).ToArray();
        var expected = total.Select((v, i) => i >= first * Width && i < end * Width ? v + part[i] : v).ToArray();

        HistogramKernels.Add(total, part, first, end);

        Assert.Equal(expected, total);
    }

    private static (byte[] Bins, int[] Rows, double[] Gradients) Inputs(int count, int featureCount, int seed)
    {
        var random = new Random(seed);
        var rowCount = Math.Max(1, 2 * count);
        var bins = new byte[rowCount * featureCount];
        random.NextBytes(bins);
        // Long runs of one bin exercise the store-to-load path of repeated updates.
        for (var i = 0; i < bins.Length; i += 7) bins[i] = 3;
        var rows = Enumerable.Range(0, count).Select(i => (2 * i) + random.Next(2)).ToArray();
        // Enough pairs for reading by row index (rows < 2·count) as well as by position.
        var gradients = Enumerable.Range(0, 2 * rowCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        return (bins, rows, gradients);
    }
}
