namespace Kaggle.Autograd.Tests.Ops;

public sealed class BinaryTests
{
    private static readonly Shape[] s_same = [new(3, 4), new(3, 4)];

    [Fact]
    public void Add_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0] + x[1], s_same);

    [Fact]
    public void Sub_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0] - x[1], s_same);

    [Fact]
    public void Mul_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0] * x[1], s_same);

    [Fact]
    public void Div_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0] / x[1], s_same, sample: GradCheck.Positive);

    [Fact]
    public void Mul_SameTensorTwice_GradientIsTwiceX() => GradCheck.Assert(x => x[0] * x[0], [new(5)]);

    [Theory]
    [InlineData(new[] { 3, 4 }, new[] { 4 })]
    [InlineData(new[] { 3, 4 }, new[] { 3, 1 })]
    [InlineData(new[] { 2, 3, 4 }, new[] { 1 })]
    [InlineData(new[] { 3, 1 }, new[] { 1, 4 })]
    [InlineData(new[] { 2, 3, 4 }, new[] { 3, 1 })]
    public void Broadcast_Gradient_MatchesFiniteDifferences(int[] a, int[] b)
    {
        GradCheck.Assert(x => x[0] * x[1], [new(a), new(b)]);
        GradCheck.Assert(x => x[0] - x[1], [new(a), new(b)]);
    }

    [Fact]
    public void Add_BroadcastRow_AddsToEveryRow()
    {
        var a = Tensor.From([1f, 2f, 3f, 4f, 5f, 6f], new Shape(2, 3));
        var b = Tensor.From([10f, 20f, 30f], new Shape(3));

        var y = a + b;

        Assert.Equal(new Shape(2, 3), y.Shape);
        Assert.Equal([11f, 22f, 33f, 14f, 25f, 36f], y.Data);
    }

    [Fact]
    public void Add_IncompatibleShapes_ThrowsNamingBoth()
    {
        var a = Tensor.Zeros(new Shape(2, 3));
        var b = Tensor.Zeros(new Shape(4));

        var error = Assert.Throws<ArgumentException>(() => a + b);

        Assert.Contains("[2, 3]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[4]", error.Message, StringComparison.Ordinal);
    }
}
