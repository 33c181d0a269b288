using Kaggle.Autograd.Ops;
using Kaggle.Autograd.Optim;
using Kaggle.Core;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models.Text;

/// <summary>
/// A fastText-style text classifier (Joulin et al. 2016, "Bag of Tricks for Efficient Text Classification",
/// https://arxiv.org/abs/1607.01759) trained from random initialisation on our autograd engine. Each feature column is
/// a token or n-gram id (a count vectorizer's vocabulary or a hashing vectorizer's buckets) with its own learned
/// <see cref="Dimension"/>-value embedding; a document is the mean of its tokens' embeddings weighted by the feature
/// values (counts), followed by a linear softmax head, or one ReLU layer of <see cref="Hidden"/> units first.
/// Input: non-negative sparse or dense features; an all-zero row (no known token) embeds to zeros and gets the bias
/// alone. Adam on weighted cross-entropy, mini-batches shuffled by <see cref="Seed"/> (SplitMix64), single-threaded
/// and bit-for-bit repeatable.
/// </summary>
public sealed record FastTextClassifier : ILearner<FastTextClassificationModel>, ISparseLearner<FastTextClassificationModel>
{
    /// <summary>Embedding width per token.</summary>
    public int Dimension { get; init; } = 32;

    /// <summary>Units of the ReLU layer between the pooled embedding and the output; 0 (default) = linear head, as fastText.</summary>
    public int Hidden { get; init; }

    public int Epochs { get; init; } = 5;

    public int BatchSize { get; init; } = 32;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 0.005;

    /// <summary>Adam's L2 penalty on every weight (0 = none).</summary>
    public double WeightDecay { get; init; }

    public int Seed { get; init; } = 42;

    public FastTextClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        return Fit(CsrMatrix.FromDense(x), y, sampleWeight);
    }

    public FastTextClassificationModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classes = Guard.ClassLabels(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(Dimension, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Hidden);
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(WeightDecay);
        FastTextPooling.CheckNonNegative(x);

        var weights = FastTextWeights.Initial(x.ColumnCount, Dimension, Hidden, classes, Seed);
        var parameters = weights.AsTensors();
        var optimizer = new Adam(parameters, LearningRate, weightDecay: WeightDecay);
        var labels = new int[y.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = (int)y[i];
        var order = new int[x.RowCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var random = new SplitMix64(SplitMix64.Derive(Seed, 1));
        using (Engine.Use(Kernels.ManagedGemm.Instance, threads: 1))
        {
            for (var epoch = 0; epoch < Epochs; epoch++)
            {
                random.Shuffle(order.AsSpan());
                for (var start = 0; start < order.Length; start += BatchSize)
                {
                    var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start));
                    optimizer.ZeroGrad();
                    var loss = Forward(parameters, x, batch).CrossEntropy(Gather(labels, batch), BatchWeights(sampleWeight, batch));
                    loss.Backward();
                    optimizer.Step();
                }
            }
        }
        return new FastTextClassificationModel(weights.WithValues(parameters), classes);
    }

    private Tensor Forward(IReadOnlyList<Tensor> p, CsrMatrix x, ReadOnlySpan<int> batch)
    {
        var (pointers, tokens, values) = FastTextPooling.MeanWeights(x, batch);
        var h = new EmbeddingBag(pointers, tokens, values).Apply(p[0]);
        if (Hidden > 0) h = (h.MatMul(p[1]) + p[2]).Relu();
        return h.MatMul(p[^2]) + p[^1];
    }

    private static int[] Gather(int[] labels, ReadOnlySpan<int> batch)
    {
        var result = new int[batch.Length];
        for (var b = 0; b < result.Length; b++) result[b] = labels[batch[b]];
        return result;
    }

    private static float[] BatchWeights(ReadOnlySpan<double> sampleWeight, ReadOnlySpan<int> batch)
    {
        if (sampleWeight.IsEmpty) return [];
        var result = new float[batch.Length];
        for (var b = 0; b < result.Length; b++) result[b] = (float)sampleWeight[batch[b]];
        return result;
    }
}
