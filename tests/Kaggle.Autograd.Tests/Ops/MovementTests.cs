namespace Kaggle.Autograd.Tests.Ops;

public sealed class MovementTests
{
    [Fact]
    public void Reshape_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Reshape(4, -1) * x[0].Reshape(4, 6), [new(2, 3, 4)]);

    [Fact]
    public void Permute_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Permute(2, 0, 1), [new(2, 3, 4)]);

    [Fact]
    public void Expand_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Expand(new Shape(2, 3, 4)), [new(3, 1)]);

    [Fact]
    public void Slice_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Slice([1, 0, 1], new Shape(1, 2, 2)), [new(2, 3, 4)]);

    [Fact]
    public void Pad_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Pad([0, 1, 2], [1, 0, 1]), [new(2, 3, 4)]);

    [Fact]
    public void Transpose_Matrix_SwapsRowsAndColumns()
    {
        var x = Tensor.From([1f, 2f, 3f, 4f, 5f, 6f], new Shape(2, 3));

        var t = x.Transpose();

        Assert.Equal(new Shape(3, 2), t.Shape);
        Assert.Equal([1f, 4f, 2f, 5f, 3f, 6f], t.Data);
    }

    [Fact]
    public void Permute_ThreeAxes_MovesEveryElement()
    {
        var x = Tensor.From(Enumerable.Range(0, 24).Select(i => (float)i).ToArray(), new Shape(2, 3, 4));

        var y = x.Permute(2, 0, 1);

        Assert.Equal(new Shape(4, 2, 3), y.Shape);
        for (var a = 0; a < 2; a++)
            for (var b = 0; b < 3; b++)
                for (var c = 0; c < 4; c++)
                    Assert.Equal(x.Data[(a * 12) + (b * 4) + c], y.Data[(c * 6) + (a * 3) + b]);
    }

    [Fact]
    public void SliceAndPad_RoundTrip_RestoreTheBox()
    {
        var x = Tensor.From([1f, 2f, 3f, 4f, 5f, 6f], new Shape(2, 3));

        var padded = x.Pad([1, 0], [0, 2]);
        var back = padded.Slice([1, 0], new Shape(2, 3));

        Assert.Equal(new Shape(3, 5), padded.Shape);
        Assert.Equal([0f, 0f, 0f, 0f, 0f, 1f, 2f, 3f, 0f, 0f, 4f, 5f, 6f, 0f, 0f], padded.Data);
        Assert.Equal(x.Data, back.Data);
    }

    [Fact]
    public void Reshape_WrongSize_ThrowsWithBothShapes()
    {
        var x = Tensor.Zeros(new Shape(2, 3));

        var error = Assert.Throws<ArgumentException>(() => x.Reshape(4, 2));

        Assert.Contains("[2, 3]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[4, 2]", error.Message, StringComparison.Ordinal);
    }
}
