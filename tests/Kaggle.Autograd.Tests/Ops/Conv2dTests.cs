namespace Kaggle.Autograd.Tests.Ops;

public sealed class Conv2dTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void Conv2d_Gradient_MatchesFiniteDifferences(int stride, int padding) =>
        GradCheck.Assert(x => x[0].Conv2d(x[1], x[2], stride, padding), [new(2, 3, 5, 6), new(4, 3, 3, 2), new(4)]);

    [Fact]
    public void Conv2d_WithoutBias_GradientMatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Conv2d(x[1]), [new(1, 2, 4, 4), new(3, 2, 2, 2)]);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 2)]
    public void Conv2d_Forward_MatchesDirectLoop(int stride, int padding)
    {
        var random = new Random(4);
        var x = Random(random, new Shape(3, 2, 7, 6));
        var w = Random(random, new Shape(5, 2, 3, 3));
        var b = Random(random, new Shape(5));

        var y = x.Conv2d(w, b, stride, padding);

        int oh = ((7 + (2 * padding) - 3) / stride) + 1, ow = ((6 + (2 * padding) - 3) / stride) + 1;
        Assert.Equal(new Shape(3, 5, oh, ow), y.Shape);
        for (var n = 0; n < 3; n++)
            for (var o = 0; o < 5; o++)
                for (var i = 0; i < oh; i++)
                    for (var j = 0; j < ow; j++)
                    {
                        double sum = b.Data[o];
                        for (var c = 0; c < 2; c++)
                            for (var ki = 0; ki < 3; ki++)
                                for (var kj = 0; kj < 3; kj++)
                                {
                                    int r = (i * stride) - padding + ki, s = (j * stride) - padding + kj;
                                    if (r >= 0 && r < 7 && s >= 0 && s < 6)
                                        sum += x.Data[(((n * 2) + c) * 42) + (r * 6) + s] * w.Data[(((o * 2) + c) * 9) + (ki * 3) + kj];
                                }
                        Assert.Equal(sum, y.Data[(((((n * 5) + o) * oh) + i) * ow) + j], 4);
                    }
    }

    [Fact]
    public void Conv2d_ChannelMismatch_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Tensor.Zeros(new Shape(1, 2, 5, 5)).Conv2d(Tensor.Zeros(new Shape(4, 3, 3, 3))));

        Assert.Contains("[4, 3, 3, 3]", error.Message, StringComparison.Ordinal);
    }

    private static Tensor Random(Random random, Shape shape) =>
        Tensor.FromArray(Enumerable.Range(0, shape.Size).Select(_ => (float)((2 * random.NextDouble()) - 1)).ToArray(), shape);
}
