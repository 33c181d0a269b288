namespace Kaggle.Autograd.Tests.Ops;

public sealed class MaxPool2dTests
{
    [Fact]
    public void MaxPool2d_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].MaxPool2d(2), [new(2, 2, 4, 6)], sample: GradCheck.Distinct(96, 2));

    [Fact]
    public void MaxPool2d_OverlappingWindows_GradientMatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].MaxPool2d(3, 1), [new(1, 2, 5, 5)], sample: GradCheck.Distinct(50, 5));

    [Fact]
    public void MaxPool2d_OddSize_DropsThePartialWindow()
    {
        var x = Tensor.From(Enumerable.Range(0, 25).Select(i => (float)i).ToArray(), new Shape(1, 1, 5, 5));

        var y = x.MaxPool2d(2);

        Assert.Equal(new Shape(1, 1, 2, 2), y.Shape);
        Assert.Equal([6f, 8f, 16f, 18f], y.Data);
    }
}
