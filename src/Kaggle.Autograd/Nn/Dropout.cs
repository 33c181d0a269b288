using Kaggle.Core;

namespace Kaggle.Autograd.Nn;

/// <summary>
/// Inverted dropout (https://jmlr.org/papers/v15/srivastava14a.html): while training, each element is zeroed with
/// probability p and the rest scaled by 1/(1 − p), so evaluation is the identity. The mask comes from this layer's own
/// seeded generator, drawn on the training thread, so a seed fixes every mask.
/// </summary>
public sealed class Dropout : Module
{
    private SplitMix64 _random;

    public Dropout(double probability, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(probability, 1);
        Probability = probability;
        _random = new SplitMix64(seed);
    }

    public double Probability { get; }

    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!Training || Probability == 0) return x;
        var mask = Tensor.Empty(x.Shape);
        var keep = (float)(1 / (1 - Probability));
        for (var i = 0; i < mask.Size; i++)
            mask.Data[i] = _random.NextDouble() < Probability ? 0 : keep;
        return x * mask;
    }

    public override string ToString() => $"Dropout({Probability})";
}
