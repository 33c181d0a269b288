using System.Numerics;

namespace Kaggle.Autograd.Optim;

/// <summary>
/// Adam (https://arxiv.org/abs/1412.6980), as PyTorch computes it: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
/// p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε). <see cref="WeightDecay"/> is an L2 term added to g
/// (Adam), or with <c>decoupled</c> a shrink p ← p·(1 − lr·λ) before the step (AdamW, https://arxiv.org/abs/1711.05101).
/// </summary>
public class Adam : Optimizer
{
    private readonly float[][] _m;
    private readonly float[][] _v;
    private readonly bool _decoupled;

    public Adam(IEnumerable<Tensor> parameters, double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8, double weightDecay = 0)
        : this(parameters, learningRate, beta1, beta2, epsilon, weightDecay, decoupled: false) { }

    private protected Adam(IEnumerable<Tensor> parameters, double learningRate, double beta1, double beta2,
        double epsilon, double weightDecay, bool decoupled)
        : base(parameters, learningRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(beta1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(beta1, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(beta2);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(beta2, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        WeightDecay = weightDecay;
        _decoupled = decoupled;
        _m = Parameters.Select(p => new float[p.Size]).ToArray();
        _v = Parameters.Select(p => new float[p.Size]).ToArray();
    }

    public double Beta1 { get; }

    public double Beta2 { get; }

    public double Epsilon { get; }

    public double WeightDecay { get; }

    protected override void Update(int index, Span<float> value, ReadOnlySpan<float> grad)
    {
        var t = StepCount;
        var stepSize = (float)(LearningRate / (1 - Math.Pow(Beta1, t)));
        var inverseRoot = (float)(1 / Math.Sqrt(1 - Math.Pow(Beta2, t)));
        float b1 = (float)Beta1, b2 = (float)Beta2, eps = (float)Epsilon;
        var decay = (float)WeightDecay;
        var shrink = (float)(1 - (LearningRate * WeightDecay));
        var (m, v) = (_m[index], _v[index]);
        var i = 0;
        if (Vector.IsHardwareAccelerated && (decay == 0 || _decoupled))
        {
            var width = Vector<float>.Count;
            for (; i <= value.Length - width; i += width)
            {
                var g = new Vector<float>(grad.Slice(i, width));
                var mi = (new Vector<float>(m, i) * b1) + (g * (1 - b1));
                var vi = (new Vector<float>(v, i) * b2) + (g * g * (1 - b2));
                mi.CopyTo(m, i);
                vi.CopyTo(v, i);
                var p = new Vector<float>(value.Slice(i, width));
                if (_decoupled) p *= shrink;
                (p - (stepSize * mi / ((Vector.SquareRoot(vi) * inverseRoot) + new Vector<float>(eps)))).CopyTo(value.Slice(i, width));
            }
        }
        for (; i < value.Length; i++)
        {
            var g = _decoupled ? grad[i] : grad[i] + (decay * value[i]);
            m[i] = (m[i] * b1) + (g * (1 - b1));
            v[i] = (v[i] * b2) + (g * g * (1 - b2));
            var p = _decoupled ? value[i] * shrink : value[i];
            value[i] = p - (stepSize * m[i] / ((MathF.Sqrt(v[i]) * inverseRoot) + eps));
        }
    }
}
