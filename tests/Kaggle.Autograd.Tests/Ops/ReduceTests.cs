namespace Kaggle.Autograd.Tests.Ops;

public sealed class ReduceTests
{
    [Theory]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 1 }, true)]
    [InlineData(new[] { 2 }, false)]
    [InlineData(new[] { 0, 2 }, true)]
    [InlineData(new[] { 0, 1, 2 }, false)]
    public void Sum_Gradient_MatchesFiniteDifferences(int[] axes, bool keepDims) =>
        GradCheck.Assert(x => x[0].Sum(axes, keepDims), [new(2, 3, 4)]);

    [Theory]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 1 }, true)]
    [InlineData(new[] { -1 }, true)]
    [InlineData(new[] { 0, 2 }, false)]
    public void Max_Gradient_MatchesFiniteDifferences(int[] axes, bool keepDims) =>
        GradCheck.Assert(x => x[0].Max(axes, keepDims), [new(2, 3, 4)], sample: GradCheck.Distinct(24, 3));

    [Fact]
    public void Sum_Axes_MatchesHandComputation()
    {
        var x = Tensor.From([1f, 2f, 3f, 4f, 5f, 6f], new Shape(2, 3));

        var rows = x.Sum(1);
        var columns = x.Sum(0, keepDims: true);
        var all = x.Sum();

        Assert.Equal([6f, 15f], rows.Data);
        Assert.Equal(new Shape(1, 3), columns.Shape);
        Assert.Equal([5f, 7f, 9f], columns.Data);
        Assert.Equal(0, all.Rank);
        Assert.Equal(21f, all.Item());
    }

    [Fact]
    public void Max_Ties_ShareTheGradientEqually()
    {
        var x = Tensor.From([3f, 1f, 3f], new Shape(3), requiresGrad: true);

        x.Max().Backward();

        Assert.Equal([0.5f, 0f, 0.5f], x.Grad!.Data);
    }

    [Fact]
    public void Sum_OverChannelsOfImages_MatchesLoop()
    {
        var random = new Random(1);
        var values = Enumerable.Range(0, 2 * 3 * 4 * 5).Select(_ => (float)random.NextDouble()).ToArray();
        var x = Tensor.From(values, new Shape(2, 3, 4, 5));

        var sums = x.Sum([0, 2, 3], keepDims: true);

        Assert.Equal(new Shape(1, 3, 1, 1), sums.Shape);
        for (var c = 0; c < 3; c++)
        {
            var expected = 0.0;
            for (var n = 0; n < 2; n++)
                for (var k = 0; k < 20; k++) expected += values[(((n * 3) + c) * 20) + k];
            Assert.Equal(expected, sums.Data[c], 4);
        }
    }
}
