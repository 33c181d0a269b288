using Kaggle.Autograd.Ops;

namespace Kaggle.Autograd.Tests.Ops;

public sealed class EmbeddingBagTests
{
    // Three documents over a vocabulary of 4: {0: 0.5, 2: 0.5}, {} (no known token), {1: 0.25, 2: 0.25, 3: 0.5}; token 2 repeats.
    private static readonly int[] s_pointers = [0, 2, 2, 5];
    private static readonly int[] s_tokens = [0, 2, 1, 2, 3];
    private static readonly float[] s_weights = [0.5f, 0.5f, 0.25f, 0.25f, 0.5f];

    [Fact]
    public void EmbeddingBag_Gradient_MatchesFiniteDifferences() =>
        GradCheck.Assert(x => new EmbeddingBag(s_pointers, s_tokens, s_weights).Apply(x[0]), [new(4, 3)]);

    [Fact]
    public void EmbeddingBag_Forward_IsWeightedSumOfRows_EmptyRowZero()
    {
        var table = Tensor.From([1f, 2f, 10f, 20f, 100f, 200f, 1000f, 2000f], new Shape(4, 2));

        var h = new EmbeddingBag(s_pointers, s_tokens, s_weights).Apply(table);

        Assert.Equal([50.5f, 101f, 0f, 0f, 527.5f, 1055f], h.Data);
    }
}
