using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Tests;

/// <summary>The example of src/Kaggle.Autograd/README.md, line for line, so the README cannot rot.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_GradientAndXorTraining_Work()
    {
        var x = Tensor.From([1f, 2f, 3f], new Shape(3), requiresGrad: true);
        var y = (x * x).Sum();          // y = Σ x² = 14
        y.Backward();                   // x.Grad = 2x = [2, 4, 6]

        var net = new Sequential(new Linear(2, 8, 0), new Tanh(), new Linear(8, 1, 1));
        var adam = new Adam(net.Parameters(), learningRate: 0.05);
        var inputs = Tensor.From([0f, 0f, 0f, 1f, 1f, 0f, 1f, 1f], new Shape(4, 2));
        var targets = Tensor.From([0f, 1f, 1f, 0f], new Shape(4, 1));    // XOR
        Tensor? loss = null;
        for (var step = 0; step < 300; step++)
        {
            adam.ZeroGrad();
            loss = net.Forward(inputs).Mse(targets);
            loss.Backward();
            adam.Step();
        }

        Assert.Equal(14f, y.Item());
        Assert.Equal([2f, 4f, 6f], x.Grad!.Data);
        Assert.True(loss!.Item() < 0.01, $"XOR loss after 300 steps: {loss.Item()}");
    }
}
