namespace Kaggle.Autograd.Tests;

public sealed class TensorExtensionsTests
{
    [Fact]
    public void Softmax_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Softmax(), [new(3, 5)]);

    [Fact]
    public void LogSoftmax_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].LogSoftmax(0), [new(4, 3)]);

    [Fact]
    public void CrossEntropy_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].CrossEntropy([2, 0, 1, 2], [1f, 0.5f, 2f, 0f]), [new(4, 3)]);

    [Fact]
    public void Mse_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Mse(x[1]), [new(3, 2), new(3, 2)]);

    [Fact]
    public void Variance_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Variance([0, 2], keepDims: true), [new(3, 2, 4)]);

    [Fact]
    public void Softmax_Rows_SumToOneAndMatchFormula()
    {
        var x = Tensor.From([1f, 2f, 3f, 1000f, 1000f, 1000f], new Shape(2, 3));

        var p = x.Softmax();

        var z = Math.Exp(1) + Math.Exp(2) + Math.Exp(3);
        Assert.Equal(Math.Exp(1) / z, p.Data[0], 6);
        Assert.Equal(Math.Exp(3) / z, p.Data[2], 6);
        Assert.Equal(1 / 3.0, p.Data[4], 6);
    }

    [Fact]
    public void CrossEntropy_UniformLogits_IsLogK()
    {
        var logits = Tensor.Zeros(new Shape(2, 4));

        var loss = logits.CrossEntropy([1, 3]);

        Assert.Equal(Math.Log(4), loss.Item(), 6);
    }

    [Fact]
    public void CrossEntropy_LabelOutOfRange_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(new Shape(2, 3)).CrossEntropy([0, 3]));

        Assert.Contains("Label 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mse_WithUnitWeights_EqualsPlainMean()
    {
        var p = Tensor.From([1f, 2f, 3f], new Shape(3, 1));
        var t = Tensor.From([1.5f, 2f, 2f], new Shape(3, 1));

        var plain = p.Mse(t).Item();
        var weighted = p.Mse(t, [1f, 1f, 1f]).Item();

        Assert.Equal((0.25 + 1) / 3, plain, 6);
        Assert.Equal(plain, weighted, 6);
    }
}
