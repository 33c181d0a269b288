using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class BinMapperTests
{
    [Fact]
    public void Fit_FewDistinctValues_OneBinEachWithMidpointBounds()
    {
        var x = Matrix.FromColumn([3, 1, 2, 3, 1]);

        var mapper = BinMapper.Fit(x, 255, [], 1000, 0, 1);

        Assert.Equal(3, mapper.ValueBinCount(0));
        Assert.Equal(1.5, mapper.UpperBound(0, 0));
        Assert.Equal(2.5, mapper.UpperBound(0, 1));
        Assert.Equal(double.PositiveInfinity, mapper.UpperBound(0, 2));
        Assert.Equal([2, 0, 1, 2, 0], mapper.Transform(x, 1).Bins);
    }

    [Fact]
    public void Bin_NaN_GoesToTheLastBin()
    {
        var mapper = BinMapper.Fit(Matrix.FromColumn([1, double.NaN, 2]), 255, [], 1000, 0, 1);

        Assert.Equal(2, mapper.MissingBin(0));
        Assert.Equal(2, mapper.Bin(0, double.NaN));
        Assert.Equal(0, mapper.Bin(0, double.NegativeInfinity));
        Assert.Equal(1, mapper.Bin(0, double.PositiveInfinity));
    }

    [Fact]
    public void Fit_ManyValues_QuantileBinsOfSimilarSize()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => Math.Sqrt(i)).ToArray();
        var x = Matrix.FromColumn(values);

        var mapper = BinMapper.Fit(x, 100, [], 1_000_000, 0, 2);
        var counts = new int[256];
        foreach (var b in mapper.Transform(x, 2).Bins) counts[b]++;

        Assert.Equal(100, mapper.ValueBinCount(0));
        Assert.All(counts[..100], c => Assert.InRange(c, 90, 110));
    }

    [Fact]
    public void Fit_HeavyValue_KeepsItsOwnBin()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i < 500 ? 0.0 : i).ToArray();

        var mapper = BinMapper.Fit(Matrix.FromColumn(values), 10, [], 10_000, 0, 1);

        Assert.Equal(0, mapper.Bin(0, 0));
        Assert.Equal(1, mapper.Bin(0, 500));
        Assert.True(mapper.ValueBinCount(0) <= 10);
    }

    [Fact]
    public void Fit_Sampled_IsDeterministicForASeed()
    {
        var random = new Random(1);
        var x = Matrix.FromColumn(Enumerable.Range(0, 5000).Select(_ => random.NextDouble()).ToArray());

        var a = BinMapper.Fit(x, 255, [], 1000, 7, 2).Transform(x, 2).Bins;
        var b = BinMapper.Fit(x, 255, [], 1000, 7, 1).Transform(x, 1).Bins;

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Transform_GridLookup_EqualsBinarySearch(int distribution)
    {
        var random = new Random(distribution);
        double Draw() => distribution switch
        {
            0 => random.NextDouble(),
            1 => Math.Exp(12 * random.NextDouble()) * (random.Next(2) == 0 ? -1 : 1),
            _ => random.Next(40) / 4.0,
        };
        var x = Matrix.FromColumn(Enumerable.Range(0, 20_000).Select(_ => Draw()).ToArray());
        var mapper = BinMapper.Fit(x, 255, [], 5000, 1, 1);
        var probe = Matrix.FromColumn([.. Enumerable.Range(0, 20_000).Select(_ => Draw()), double.MaxValue, double.MinValue, -0.0, 1e-300]);

        var grid = mapper.Transform(probe, 1).Bins;

        for (var i = 0; i < probe.RowCount; i++)
            Assert.Equal(mapper.Bin(0, probe[i, 0]), grid[i]);
    }

    [Fact]
    public void Fit_Categorical_MostFrequentFirstAndUnknownAsMissing()
    {
        var x = Matrix.FromColumn([7, 3, 7, 7, 3, 12, double.NaN]);

        var mapper = BinMapper.Fit(x, 255, [true], 1000, 0, 1);

        Assert.Equal(3, mapper.ValueBinCount(0));
        Assert.Equal([7, 3, 12], [mapper.CategoryOf(0, 0), mapper.CategoryOf(0, 1), mapper.CategoryOf(0, 2)]);
        Assert.Equal(3, mapper.Bin(0, 99));
        Assert.Equal(3, mapper.Bin(0, double.NaN));
    }

    [Fact]
    public void Fit_CategoricalNonInteger_ThrowsNamingTheFeature()
    {
        var error = Assert.Throws<ArgumentException>(() => BinMapper.Fit(Matrix.FromColumn([1, 2.5]), 255, [true], 1000, 0, 1));

        Assert.Contains("Feature 0 is categorical", error.Message, StringComparison.Ordinal);
    }
}
