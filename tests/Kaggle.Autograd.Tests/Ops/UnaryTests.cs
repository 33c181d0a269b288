namespace Kaggle.Autograd.Tests.Ops;

public sealed class UnaryTests
{
    private static readonly Shape[] s_one = [new(3, 4)];

    [Fact]
    public void Relu_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Relu(), s_one, sample: GradCheck.AwayFromZero);

    [Fact]
    public void LeakyRelu_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].LeakyRelu(0.1f), s_one, sample: GradCheck.AwayFromZero);

    [Fact]
    public void Exp_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Exp(), s_one);

    [Fact]
    public void Log_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Log(), s_one, sample: GradCheck.Positive);

    [Fact]
    public void Sigmoid_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Sigmoid(), s_one);

    [Fact]
    public void Tanh_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Tanh(), s_one);

    [Fact]
    public void Sqrt_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => x[0].Sqrt(), s_one, sample: GradCheck.Positive);

    [Fact]
    public void Affine_Gradient_MatchesFiniteDifferences() => GradCheck.Assert(x => (2f - (x[0] * 3f)) / 4f, s_one);

    [Fact]
    public void Forward_KnownValues_MatchMath()
    {
        var x = Tensor.From([-2f, -0.5f, 0f, 1.5f], new Shape(4));

        var relu = x.Relu().Data;
        var leaky = x.LeakyRelu(0.1f).Data;
        var sigmoid = x.Sigmoid().Data;
        var tanh = x.Tanh().Data;
        var affine = (x * 2f + 1f).Data;

        Assert.Equal([0f, 0f, 0f, 1.5f], relu);
        Assert.Equal([-0.2f, -0.05f, 0f, 1.5f], leaky);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(1 / (1 + Math.Exp(-x.Data[i])), sigmoid[i], 5);
            Assert.Equal(Math.Tanh(x.Data[i]), tanh[i], 5);
            Assert.Equal((2 * x.Data[i]) + 1, affine[i], 6);
        }
    }
}
