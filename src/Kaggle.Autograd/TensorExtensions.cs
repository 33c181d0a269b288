namespace Kaggle.Autograd;

/// <summary>
/// Ops composed from the primitives (tinygrad's split): they need no backward of their own, because the graph of
/// primitives they build already has one.
/// </summary>
public static class TensorExtensions
{
    /// <summary>The mean of all elements, as a rank-0 tensor.</summary>
    public static Tensor Mean(this Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Sum() * (1f / x.Size);
    }

    public static Tensor Mean(this Tensor x, int axis, bool keepDims = false) => x.Mean([axis], keepDims);

    /// <summary>The mean over <paramref name="axes"/>.</summary>
    public static Tensor Mean(this Tensor x, int[] axes, bool keepDims = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(axes);
        var count = 1;
        foreach (var axis in axes.Select(x.Shape.Axis).Distinct()) count *= x.Shape[axis];
        return x.Sum(axes, keepDims) * (1f / count);
    }

    /// <summary>The biased variance (divided by the count, as batch norm uses) over <paramref name="axes"/>.</summary>
    public static Tensor Variance(this Tensor x, int[] axes, bool keepDims = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        var centred = x - x.Mean(axes, keepDims: true);
        return centred.Square().Mean(axes, keepDims);
    }

    public static Tensor Square(this Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x * x;
    }

    /// <summary>exp(x) / Σ exp(x) along <paramref name="axis"/>, shifted by the maximum so no exponent overflows.</summary>
    public static Tensor Softmax(this Tensor x, int axis = -1)
    {
        ArgumentNullException.ThrowIfNull(x);
        var e = (x - x.Max(axis, keepDims: true).Detach()).Exp();
        return e / e.Sum(axis, keepDims: true);
    }

    /// <summary>
    /// x − log Σ exp(x) along <paramref name="axis"/>, computed as (x − m) − log Σ exp(x − m) with m the maximum.
    /// m is detached: its gradient cancels exactly, so leaving it out of the graph changes nothing but the work.
    /// </summary>
    public static Tensor LogSoftmax(this Tensor x, int axis = -1)
    {
        ArgumentNullException.ThrowIfNull(x);
        var shifted = x - x.Max(axis, keepDims: true).Detach();
        return shifted - shifted.Exp().Sum(axis, keepDims: true).Log();
    }

    /// <summary>Mean cross-entropy of <paramref name="logits"/> [N, K] against class indices <paramref name="labels"/> (PyTorch's CrossEntropyLoss).</summary>
    public static Tensor CrossEntropy(this Tensor logits, ReadOnlySpan<int> labels) => logits.CrossEntropy(labels, default);

    /// <summary>
    /// Weighted cross-entropy Σᵢ wᵢ·(−log softmax(logitsᵢ)[labelsᵢ]) / Σᵢ wᵢ; empty <paramref name="weights"/> means all 1
    /// (the plain mean). Built as −Σ T ⊙ log_softmax(logits) with a constant T holding wᵢ/Σw at each label.
    /// </summary>
    public static Tensor CrossEntropy(this Tensor logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Rank != 2)
            throw new ArgumentException($"CrossEntropy needs logits [N, K]; got {logits.Shape}.", nameof(logits));
        int n = logits.Shape[0], k = logits.Shape[1];
        if (labels.Length != n)
            throw new ArgumentException($"There are {n} rows of logits but {labels.Length} labels.", nameof(labels));
        if (!weights.IsEmpty && weights.Length != n)
            throw new ArgumentException($"There are {n} rows of logits but {weights.Length} weights.", nameof(weights));
        var total = 0.0;
        for (var i = 0; i < n; i++) total += weights.IsEmpty ? 1 : weights[i];
        var target = Tensor.ZerosTemporary(logits.Shape);
        for (var i = 0; i < n; i++)
        {
            if ((uint)labels[i] >= (uint)k)
                throw new ArgumentOutOfRangeException(nameof(labels), $"Label {labels[i]} at row {i} is outside [0, {k}).");
            target.Data[(i * k) + labels[i]] = total > 0 ? (float)((weights.IsEmpty ? 1 : weights[i]) / total) : 0;
        }
        return -(logits.LogSoftmax(-1) * target).Sum();
    }

    /// <summary>Mean squared error between two tensors of one shape.</summary>
    public static Tensor Mse(this Tensor prediction, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return (prediction - target).Square().Mean();
    }

    /// <summary>Weighted squared error Σ wᵢ(pᵢ − tᵢ)² / Σ wᵢ over the first axis; empty weights give the plain mean.</summary>
    public static Tensor Mse(this Tensor prediction, Tensor target, ReadOnlySpan<float> weights)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        if (weights.IsEmpty) return prediction.Mse(target);
        if (weights.Length != prediction.Shape[0])
            throw new ArgumentException($"There are {prediction.Shape[0]} rows but {weights.Length} weights.", nameof(weights));
        var perRow = prediction.Size / prediction.Shape[0];
        var scale = Tensor.Empty(prediction.Shape);
        var total = 0.0;
        foreach (var w in weights) total += w;
        for (var i = 0; i < weights.Length; i++)
            scale.Data.AsSpan(i * perRow, perRow).Fill(total > 0 ? (float)(weights[i] / (total * perRow)) : 0);
        return ((prediction - target).Square() * scale).Sum();
    }

    /// <summary>Keeps the first axis and flattens the rest: [N, ...] → [N, product].</summary>
    public static Tensor Flatten(this Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Reshape(x.Shape[0], -1);
    }
}
