using System.Text.Json;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Tests;

/// <summary>
/// Forward, backward and one Adam step of a small conv + batch-norm + MLP net against values computed once with
/// PyTorch 1.13 (TestData/make_golden.py writes TestData/torch_golden.json; see its docstring for the net).
/// </summary>
public sealed class TorchGoldenTests
{
    private static readonly Lazy<Dictionary<string, float[]>> s_golden = new(Load);

    [Fact]
    public void Forward_SmallNet_MatchesPyTorch()
    {
        var (net, x, labels) = Build();

        var logits = net.Forward(x);
        var loss = logits.CrossEntropy(labels);

        AssertClose(Golden("logits"), logits.Data, 1e-5);
        AssertClose(Golden("loss"), [loss.Item()], 1e-5);
        var norm = (BatchNorm2d)net.Layers[1];
        AssertClose(Golden("running_mean"), norm.RunningMean.Data, 1e-5);
        AssertClose(Golden("running_var"), norm.RunningVariance.Data, 1e-5);
    }

    [Fact]
    public void Backward_SmallNet_MatchesPyTorch()
    {
        var (net, x, labels) = Build();

        net.Forward(x).CrossEntropy(labels).Backward();

        AssertClose(Golden("grad_input"), x.Grad!.Data, 1e-5);
        foreach (var (name, tensor) in Parameters(net))
            AssertClose(Golden("grad_" + name), TorchLayout(name, tensor.Grad!), 1e-5, name);
    }

    [Fact]
    public void AdamStep_SmallNet_MatchesPyTorch()
    {
        var (net, x, labels) = Build();
        var adam = new Adam(net.Parameters(), learningRate: 0.01, weightDecay: 0.01);

        net.Forward(x).CrossEntropy(labels).Backward();
        adam.Step();

        foreach (var (name, tensor) in Parameters(net))
            AssertClose(Golden("adam_" + name), TorchLayout(name, tensor), 1e-5, name);
    }

    private static (Sequential Net, Tensor X, int[] Labels) Build()
    {
        var net = new Sequential(new Kaggle.Autograd.Nn.Conv2d(1, 3, 3, 0, padding: 1), new BatchNorm2d(3), new ReLU(), new Kaggle.Autograd.Nn.MaxPool2d(2),
            new Flatten(), new Linear(27, 5, 0), new Tanh(), new Linear(5, 3, 0));
        foreach (var (name, tensor) in Parameters(net))
        {
            var values = Golden(name);
            if (name.EndsWith("_w", StringComparison.Ordinal) && tensor.Rank == 2)
                values = Transpose(values, tensor.Shape[1], tensor.Shape[0]);
            values.CopyTo(tensor.Data, 0);
        }
        var x = Tensor.FromArray(Golden("input"), new Shape(4, 1, 6, 6), requiresGrad: true);
        return (net, x, [.. Golden("labels").Select(v => (int)v)]);
    }

    private static IEnumerable<(string Name, Tensor Tensor)> Parameters(Sequential net)
    {
        var layers = net.Layers;
        yield return ("conv_w", ((Kaggle.Autograd.Nn.Conv2d)layers[0]).Weight);
        yield return ("conv_b", ((Kaggle.Autograd.Nn.Conv2d)layers[0]).Bias);
        yield return ("bn_g", ((BatchNorm2d)layers[1]).Gamma);
        yield return ("bn_b", ((BatchNorm2d)layers[1]).Beta);
        yield return ("fc1_w", ((Linear)layers[5]).Weight);
        yield return ("fc1_b", ((Linear)layers[5]).Bias);
        yield return ("fc2_w", ((Linear)layers[7]).Weight);
        yield return ("fc2_b", ((Linear)layers[7]).Bias);
    }

    /// <summary>Our Linear weights are [in, out]; PyTorch's are [out, in].</summary>
    private static float[] TorchLayout(string name, Tensor tensor) =>
        name.EndsWith("_w", StringComparison.Ordinal) && tensor.Rank == 2 ? Transpose(tensor.Data, tensor.Shape[0], tensor.Shape[1]) : tensor.Data;

    private static float[] Transpose(float[] values, int rows, int columns)
    {
        var result = new float[values.Length];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) result[(j * rows) + i] = values[(i * columns) + j];
        return result;
    }

    private static void AssertClose(float[] expected, float[] actual, double tolerance, string what = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"{what}[{i}]: PyTorch {expected[i]}, ours {actual[i]}");
    }

    private static float[] Golden(string name) => s_golden.Value[name];

    private static Dictionary<string, float[]> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "torch_golden.json")));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray() : [(float)p.Value.GetDouble()]);
    }
}
