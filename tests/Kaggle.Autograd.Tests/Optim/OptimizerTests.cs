using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Tests.Optim;

public sealed class OptimizerTests
{
    [Fact]
    public void Sgd_Plain_StepsAgainstTheGradient()
    {
        var p = Parameter(1f, 0.5f);

        new Sgd([p], 0.1).Step();

        Assert.Equal(0.95f, p.Data[0], 6);
    }

    [Fact]
    public void Sgd_MomentumAndWeightDecay_MatchHandComputation()
    {
        var p = Parameter(1f, 0.5f);
        var sgd = new Sgd([p], 0.1, momentum: 0.9, weightDecay: 0.01);

        sgd.Step();
        p.Grad!.Data[0] = -0.2f;
        sgd.Step();

        // g1 = 0.5 + 0.01·1 = 0.51, b1 = g1, p1 = 1 − 0.051 = 0.949;
        // g2 = −0.2 + 0.01·0.949 = −0.19051, b2 = 0.9·0.51 − 0.19051 = 0.26849, p2 = 0.949 − 0.026849.
        Assert.Equal(0.922151, p.Data[0], 5);
    }

    [Fact]
    public void Sgd_Nesterov_MatchesHandComputation()
    {
        var p = Parameter(1f, 0.5f);
        var sgd = new Sgd([p], 0.1, momentum: 0.9, nesterov: true);

        sgd.Step();
        p.Grad!.Data[0] = 1f;
        sgd.Step();

        // Step 1: b = 0.5, g = 0.5 + 0.45 = 0.95 → 0.905. Step 2: b = 0.45 + 1 = 1.45, g = 1 + 1.305 = 2.305 → 0.6745.
        Assert.Equal(0.6745, p.Data[0], 5);
    }

    [Fact]
    public void Adam_TwoSteps_MatchHandComputation()
    {
        var p = Parameter(1f, 0.5f);
        var adam = new Adam([p], learningRate: 0.1, weightDecay: 0.1);

        adam.Step();
        p.Grad!.Data[0] = -1f;
        adam.Step();

        Assert.Equal(ReferenceAdam([0.5, -1.0], 0.1, 0.1, decoupled: false), p.Data[0], 5);
    }

    [Fact]
    public void AdamW_TwoSteps_MatchHandComputation()
    {
        var p = Parameter(1f, 0.5f);
        var adam = new AdamW([p], learningRate: 0.1, weightDecay: 0.1);

        adam.Step();
        p.Grad!.Data[0] = -1f;
        adam.Step();

        Assert.Equal(ReferenceAdam([0.5, -1.0], 0.1, 0.1, decoupled: true), p.Data[0], 5);
    }

    [Fact]
    public void Adam_VectorAndScalarPaths_Agree()
    {
        // 37 elements: vector loops plus a scalar tail must give the same update per element.
        var p = Tensor.Full(new Shape(37), 1f, requiresGrad: true);
        (p * Tensor.From(Enumerable.Range(0, 37).Select(i => 0.1f * (i - 18)).ToArray(), new Shape(37))).Sum().Backward();

        new AdamW([p], learningRate: 0.1, weightDecay: 0.1).Step();

        for (var i = 0; i < 37; i++)
        {
            var g = 0.1 * (i - 18);
            var expected = g == 0 ? 0.99 : 0.99 - (0.1 * Math.Sign(g) * Math.Abs(g) / (Math.Abs(g) + 1e-8));
            Assert.Equal(expected, p.Data[i], 5);
        }
    }

    [Fact]
    public void ClipNorm_AboveMaximum_ScalesToTheMaximum()
    {
        var p = Tensor.From([0f, 0f], new Shape(2), requiresGrad: true);
        (p * Tensor.From([3f, 4f], new Shape(2))).Sum().Backward();

        var norm = GradientClipping.ClipNorm([p], 1);

        Assert.Equal(5, norm, 6);
        Assert.Equal(0.6, p.Grad!.Data[0], 5);
        Assert.Equal(0.8, p.Grad.Data[1], 5);
    }

    [Fact]
    public void Step_ParameterWithoutGradient_IsLeftAlone()
    {
        var p = Tensor.Full(new Shape(1), 2f, requiresGrad: true);

        new Adam([p]).Step();

        Assert.Equal(2f, p.Data[0]);
    }

    private static Tensor Parameter(float value, float grad)
    {
        var p = Tensor.Full(new Shape(1), value, requiresGrad: true);
        (p * grad).Sum().Backward();
        return p;
    }

    /// <summary>Adam in double, written out from the paper's algorithm with PyTorch's placement of ε and the L2 or decoupled decay.</summary>
    private static double ReferenceAdam(double[] grads, double lr, double decay, bool decoupled)
    {
        double p = 1, m = 0, v = 0;
        for (var t = 1; t <= grads.Length; t++)
        {
            var g = grads[t - 1] + (decoupled ? 0 : decay * p);
            if (decoupled) p *= 1 - (lr * decay);
            m = (0.9 * m) + (0.1 * g);
            v = (0.999 * v) + (0.001 * g * g);
            var mHat = m / (1 - Math.Pow(0.9, t));
            var vHat = v / (1 - Math.Pow(0.999, t));
            p -= lr * mHat / (Math.Sqrt(vHat) + 1e-8);
        }
        return p;
    }
}
