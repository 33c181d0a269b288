using Kaggle.Core;

namespace Kaggle.Autograd.Tests.Ops;

public sealed class ProbabilisticTests
{
    private static readonly Shape[] s_one = [new(3, 4)];

    [Fact]
    public void Softplus_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].Softplus(), s_one, sample: r => (float)((8 * r.NextDouble()) - 4));

    [Fact]
    public void Softplus_Forward_StableAtExtremes()
    {
        var y = Tensor.From([-100f, -1f, 0f, 2f, 100f], new Shape(5)).Softplus().Data;

        Assert.Equal(Math.Log(1 + Math.Exp(-100)), y[0], 1e-12);
        Assert.Equal(Math.Log(1 + Math.Exp(-1)), y[1], 1e-6);
        Assert.Equal(Math.Log(2), y[2], 1e-6);
        Assert.Equal(Math.Log(1 + Math.Exp(2)), y[3], 1e-5);
        Assert.Equal(100f, y[4]);
    }

    [Fact]
    public void GaussianLogDensity_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => x[0].GaussianLogDensity(x[1], x[2].Softplus() + 0.1f), [new(2, 3), new(2, 3), new(2, 3)]);

    [Fact]
    public void GaussianLogDensity_KnownValues_MatchFormula()
    {
        var x = Tensor.From([0f, 1f, -2f], new Shape(3));
        var mean = Tensor.From([0f, 0f, 1f], new Shape(3));
        var std = Tensor.From([1f, 2f, 0.5f], new Shape(3));

        var y = x.GaussianLogDensity(mean, std).Data;

        // ln N(x; μ, σ) = −½ ln 2π − ln σ − (x − μ)² / 2σ².
        Assert.Equal(-0.5 * Math.Log(2 * Math.PI), y[0], 1e-6);
        Assert.Equal(-0.5 * Math.Log(2 * Math.PI) - Math.Log(2) - 0.125, y[1], 1e-6);
        Assert.Equal(-0.5 * Math.Log(2 * Math.PI) - Math.Log(0.5) - 18, y[2], 1e-5);
    }

    [Fact]
    public void Sample_Gradient_MatchesFiniteDifferences()
    {
        var noise = new float[6];
        var random = new SplitMix64(3);
        Tensor.FillStandardNormal(noise, ref random);

        GradCheck.Assert(x => Tensor.Sample(x[0], x[1], noise), [new(2, 3), new(2, 3)]);
    }

    [Fact]
    public void Sample_Forward_IsMeanPlusStdTimesNoise()
    {
        var mean = Tensor.From([1f, -1f], new Shape(2));
        var std = Tensor.From([2f, 0.5f], new Shape(2));

        var z = Tensor.Sample(mean, std, [0.5f, -2f]).Data;

        Assert.Equal([2f, -2f], z);
    }

    [Fact]
    public void FillStandardNormal_ManyDraws_MomentsOfStandardNormal()
    {
        var values = new float[20_001];
        var random = new SplitMix64(7);

        Tensor.FillStandardNormal(values, ref random);

        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(variance, 0.95, 1.05);
    }

    [Fact]
    public void GaussianLogDensity_ShapeMismatch_Throws()
    {
        var x = Tensor.Zeros(new Shape(3));

        Assert.Throws<ArgumentException>(() => x.GaussianLogDensity(Tensor.Zeros(new Shape(2)), Tensor.Zeros(new Shape(3))));
    }
}
