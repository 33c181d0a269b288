using Kaggle.Autograd.Nn;

namespace Kaggle.Autograd.Tests.Nn;

public sealed class LayerTests
{
    [Fact]
    public void Linear_Gradients_MatchFiniteDifferences() =>
        GradCheck.Module(new Linear(5, 3, 1, WeightInit.PyTorch), new Shape(4, 5));

    [Fact]
    public void Conv2d_Gradients_MatchFiniteDifferences() =>
        GradCheck.Module(new Conv2d(2, 3, 3, 1, padding: 1, init: WeightInit.PyTorch), new Shape(2, 2, 4, 5));

    [Fact]
    public void BatchNorm1d_Training_GradientsMatchFiniteDifferences() =>
        GradCheck.Module(WithAffine(new BatchNorm1d(3)), new Shape(5, 3));

    [Fact]
    public void BatchNorm2d_Training_GradientsMatchFiniteDifferences() =>
        GradCheck.Module(WithAffine(new BatchNorm2d(2)), new Shape(3, 2, 2, 3));

    [Fact]
    public void BatchNorm2d_Evaluation_GradientsMatchFiniteDifferences()
    {
        var norm = WithAffine(new BatchNorm2d(2));
        norm.RunningMean.Data[1] = 0.5f;
        norm.RunningVariance.Data[0] = 2f;

        norm.Eval();

        GradCheck.Module(norm, new Shape(2, 2, 3, 3));
    }

    [Fact]
    public void Activations_Gradients_MatchFiniteDifferences()
    {
        GradCheck.Module(new Sequential(new Linear(4, 6, 2), new LeakyReLU(0.2f), new Linear(6, 5, 3), new Tanh(),
            new Linear(5, 3, 4), new Sigmoid()), new Shape(3, 4));
        // ReLU's own check is in UnaryTests; here a smooth activation keeps the pooled maxima away from ties.
        GradCheck.Module(new Sequential(new Conv2d(1, 2, 2, 5), new Tanh(), new MaxPool2d(2), new Flatten(), new ReLU()), new Shape(2, 1, 5, 5), seed: 1);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void BatchNorm_FusedOp_MatchesComposedReference(bool image, bool training)
    {
        BatchNorm norm = image ? WithAffine(new BatchNorm2d(3)) : WithAffine(new BatchNorm1d(3));
        norm.RunningMean.Data[1] = 0.3f;
        norm.RunningVariance.Data[2] = 1.7f;
        norm.Train(training);
        var shape = image ? new Shape(4, 3, 2, 5) : new Shape(6, 3);
        var random = new Random(3);
        var values = Enumerable.Range(0, shape.Size).Select(_ => (float)(random.NextDouble() * 4) - 1).ToArray();
        var weights = Enumerable.Range(0, shape.Size).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var (x1, x2) = (Tensor.From(values, shape, requiresGrad: true), Tensor.From(values, shape, requiresGrad: true));

        var fused = norm.Forward(x1);
        fused.Backward(weights);
        var fusedGrads = (x1.Grad!.ToArray(), norm.Gamma.Grad!.ToArray(), norm.Beta.Grad!.ToArray());
        norm.ZeroGrad();
        var composed = norm.ForwardComposed(x2);
        composed.Backward(weights);

        for (var i = 0; i < shape.Size; i++)
        {
            Assert.Equal(composed.Data[i], fused.Data[i], 4);
            Assert.Equal(x2.Grad!.Data[i], fusedGrads.Item1[i], 4);
        }
        for (var ch = 0; ch < 3; ch++)
        {
            Assert.Equal(norm.Gamma.Grad!.Data[ch], fusedGrads.Item2[ch], 4);
            Assert.Equal(norm.Beta.Grad!.Data[ch], fusedGrads.Item3[ch], 4);
        }
    }

    [Fact]
    public void BatchNorm1d_Training_NormalisesAndUpdatesRunningStatistics()
    {
        var norm = new BatchNorm1d(1, momentum: 0.5);
        var x = Tensor.From([1f, 2f, 3f, 6f], new Shape(4, 1));

        var y = norm.Forward(x);

        // mean 3, biased variance 3.5 for the batch; the running variance uses the unbiased 14/3.
        Assert.Equal((1 - 3) / Math.Sqrt(3.5 + 1e-5), y.Data[0], 5);
        Assert.Equal(1.5, norm.RunningMean.Data[0], 6);
        Assert.Equal((0.5 * 1) + (0.5 * 14 / 3.0), norm.RunningVariance.Data[0], 5);
    }

    [Fact]
    public void Dropout_Training_ZeroesAboutPAndRescalesTheRest()
    {
        var dropout = new Dropout(0.25, seed: 3);
        var x = Tensor.Full(new Shape(10_000), 1f);

        var y = dropout.Forward(x);
        var evaluation = dropout.Eval().Forward(x);

        var zeros = y.Data.Count(v => v == 0);
        Assert.InRange(zeros, 2300, 2700);
        Assert.All(y.Data.Where(v => v != 0), v => Assert.Equal(4f / 3f, v, 6));
        Assert.Same(x, evaluation);
    }

    [Fact]
    public void Sequential_Parameters_AreNamedByLayerIndex()
    {
        var net = new Sequential(new Linear(2, 3, 0), new ReLU(), new BatchNorm1d(3));

        var names = net.NamedParameters().Select(p => p.Name).Concat(net.NamedBuffers().Select(p => p.Name));

        Assert.Equal(["0.weight", "0.bias", "2.weight", "2.bias", "2.running_mean", "2.running_var"], names);
    }

    [Fact]
    public void SaveWeights_LoadIntoFreshNetwork_RestoresEveryValue()
    {
        var trained = new Sequential(new Linear(3, 4, 1), new BatchNorm1d(4));
        ((BatchNorm1d)trained.Layers[1]).RunningMean.Data[2] = 7f;
        var fresh = new Sequential(new Linear(3, 4, 2), new BatchNorm1d(4));
        using var stream = new MemoryStream();

        trained.SaveWeights(stream);
        stream.Position = 0;
        fresh.LoadWeights(stream);

        var expected = trained.NamedParameters().Concat(trained.NamedBuffers()).Select(p => p.Tensor.Data);
        var actual = fresh.NamedParameters().Concat(fresh.NamedBuffers()).Select(p => p.Tensor.Data);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LoadWeights_OtherArchitecture_ThrowsNamingTheTensor()
    {
        var small = new Sequential(new Linear(3, 4, 1));
        var large = new Sequential(new Linear(3, 5, 1));
        using var stream = new MemoryStream();
        small.SaveWeights(stream);
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => large.LoadWeights(stream));

        Assert.Contains("0.weight [3, 4]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WeightInit.HeNormal, 2.0 / 400)]
    [InlineData(WeightInit.HeUniform, 2.0 / 400)]
    [InlineData(WeightInit.XavierNormal, 2.0 / 600)]
    [InlineData(WeightInit.XavierUniform, 2.0 / 600)]
    public void Init_LargeLayer_HasTheTargetVariance(WeightInit init, double variance)
    {
        var layer = new Linear(400, 200, 9, init);

        var values = layer.Weight.Data.Select(v => (double)v).ToArray();
        var mean = values.Average();
        var actual = values.Select(v => (v - mean) * (v - mean)).Average();

        Assert.InRange(mean, -0.002, 0.002);
        Assert.InRange(actual / variance, 0.95, 1.05);
    }

    private static T WithAffine<T>(T norm) where T : BatchNorm
    {
        // Non-trivial γ and β so their gradients are checked away from the initial 1 and 0.
        var random = new Random(7);
        for (var i = 0; i < norm.Gamma.Size; i++)
        {
            norm.Gamma.Data[i] = (float)(0.5 + random.NextDouble());
            norm.Beta.Data[i] = (float)(random.NextDouble() - 0.5);
        }
        return norm;
    }
}
