namespace Kaggle.Autograd.Tests;

public sealed class TensorTests
{
    [Fact]
    public void Backward_TensorUsedTwice_AccumulatesBothPaths()
    {
        var x = Tensor.From([1f, 2f], new Shape(2), requiresGrad: true);

        ((x * 2f) + (x * 3f)).Sum().Backward();

        Assert.Equal([5f, 5f], x.Grad!.Data);
    }

    [Fact]
    public void Backward_Twice_AccumulatesUntilZeroGrad()
    {
        var x = Tensor.From([1f, 2f], new Shape(2), requiresGrad: true);

        (x * x).Sum().Backward();
        (x * x).Sum().Backward();
        var twice = x.Grad!.ToArray();
        x.ZeroGrad();

        Assert.Equal([4f, 8f], twice);
        Assert.Equal([0f, 0f], x.Grad.Data);
    }

    [Fact]
    public void Backward_DeepChain_DoesNotOverflowTheStack()
    {
        var x = Tensor.From([1f], new Shape(1), requiresGrad: true);
        var y = x;
        for (var i = 0; i < 100_000; i++) y = y + 0f;

        y.Sum().Backward();

        Assert.Equal(1f, x.Grad!.Data[0]);
    }

    [Fact]
    public void Backward_DiamondGraph_VisitsEachNodeOnce()
    {
        var x = Tensor.From([3f], new Shape(1), requiresGrad: true);
        var a = x * x;
        var b = a + a;

        (b * a).Sum().Backward();

        // f = 2x⁴ ⇒ f' = 8x³ = 216.
        Assert.Equal(216f, x.Grad!.Data[0]);
    }

    [Fact]
    public void NoGrad_OpsRecordNoGraph()
    {
        var x = Tensor.From([1f, 2f], new Shape(2), requiresGrad: true);

        Tensor y;
        using (Engine.NoGrad()) y = (x * 2f).Sum();

        Assert.False(y.RequiresGrad);
        Assert.Null(y.Creator);
        Assert.True(Engine.GradEnabled);
        Assert.Throws<InvalidOperationException>(y.Backward);
    }

    [Fact]
    public void Backward_NonScalarWithoutGradient_Throws()
    {
        var x = Tensor.From([1f, 2f], new Shape(2), requiresGrad: true);

        var error = Assert.Throws<InvalidOperationException>(() => (x * 2f).Backward());

        Assert.Contains("[2]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backward_ConstantInputs_GetNoGradient()
    {
        var w = Tensor.From([2f], new Shape(1), requiresGrad: true);
        var c = Tensor.From([5f], new Shape(1));

        (w * c).Sum().Backward();

        Assert.Equal(5f, w.Grad!.Data[0]);
        Assert.Null(c.Grad);
    }

    [Fact]
    public void BufferArena_SecondStep_AllocatesNothingNew()
    {
        var arena = new BufferArena();
        var w = Tensor.Full(new Shape(8, 4), 0.5f, requiresGrad: true);
        var x = Tensor.Full(new Shape(16, 8), 1f);
        Tensor? stale = null;
        long afterFirst = 0;

        for (var step = 0; step < 3; step++)
        {
            using (arena.Begin())
            {
                var loss = x.MatMul(w).Relu().Mean();
                loss.Backward();
                stale = loss;
            }
            if (step == 0) afterFirst = arena.AllocatedBytes;
        }

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, arena.AllocatedBytes);
        Assert.Empty(stale!.Data);
        Assert.Equal(8 * 4, w.Grad!.Data.Length);
    }
}
