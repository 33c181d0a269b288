using System.Numerics;
using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Tests.Kernels;

public sealed class ElementwiseTests
{
    public static TheoryData<int> Lengths =>
        [0, 1, Vector<float>.Count - 1, Vector<float>.Count, Vector<float>.Count + 1, (3 * Vector<float>.Count) + 5, 1001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Kernels_AnyLength_MatchScalarLoops(int length)
    {
        var random = new Random(length);
        var x = GemmCases.Values(random, length);
        var g = GemmCases.Values(random, length);
        var start = GemmCases.Values(random, length);
        var y = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble()).ToArray();

        Check(start, d => Elementwise.ReluBackward(x, g, d), i => x[i] > 0 ? g[i] : 0);
        Check(start, d => Elementwise.LeakyReluBackward(x, g, 0.1f, d), i => x[i] > 0 ? g[i] : 0.1f * g[i]);
        Check(start, d => Elementwise.SigmoidBackward(y, g, d), i => g[i] * y[i] * (1 - y[i]));
        Check(start, d => Elementwise.TanhBackward(y, g, d), i => g[i] * (1 - (y[i] * y[i])));
        Check(start, d => Elementwise.DivideAdd(g, y, d), i => g[i] / y[i]);
        Check(start, d => Elementwise.SqrtBackward(y, g, d), i => g[i] / (y[i] + y[i]));
        var leaky = new float[length];
        var affine = new float[length];
        Elementwise.LeakyRelu(x, 0.1f, leaky);
        Elementwise.Affine(x, 2f, -1f, affine);
        for (var i = 0; i < length; i++)
        {
            Assert.Equal(x[i] > 0 ? x[i] : 0.1f * x[i], leaky[i]);
            Assert.Equal((2f * x[i]) - 1f, affine[i]);
        }
    }

    private static void Check(float[] start, Action<float[]> kernel, Func<int, float> term)
    {
        var actual = (float[])start.Clone();
        kernel(actual);
        for (var i = 0; i < start.Length; i++)
            Assert.Equal(start[i] + term(i), actual[i], 5);
    }
}
