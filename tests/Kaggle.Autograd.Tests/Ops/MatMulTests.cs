using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Tests.Ops;

public sealed class MatMulTests
{
    [Fact]
    public void MatMul_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].MatMul(x[1]), [new(3, 5), new(5, 4)]);

    [Fact]
    public void MatMul_ManagedKernel_GradientMatchesFiniteDifferences()
    {
        using var scope = Engine.Use(ManagedGemm.Instance);

        GradCheck.Assert(x => x[0].MatMul(x[1]), [new(7, 5), new(5, 9)]);
    }

    [Fact]
    public void MatMul_SmallMatrices_MatchesHandComputation()
    {
        var a = Tensor.From([1f, 2f, 3f, 4f, 5f, 6f], new Shape(2, 3));
        var b = Tensor.From([7f, 8f, 9f, 10f, 11f, 12f], new Shape(3, 2));

        var y = a.MatMul(b);

        Assert.Equal([58f, 64f, 139f, 154f], y.Data);
    }

    [Fact]
    public void MatMul_InnerSizesDiffer_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Tensor.Zeros(new Shape(2, 3)).MatMul(Tensor.Zeros(new Shape(4, 2))));

        Assert.Contains("[2, 3] · [4, 2]", error.Message, StringComparison.Ordinal);
    }
}
