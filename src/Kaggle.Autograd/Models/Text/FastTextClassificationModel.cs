using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models.Text;

/// <summary>A fitted <see cref="FastTextClassifier"/>: softmax class probabilities from pooled token embeddings.</summary>
public sealed class FastTextClassificationModel : ISparseClassificationModel, IPersistable<FastTextClassificationModel>
{
    private const string Tag = "FastTextClassifier";
    private readonly FastTextWeights _weights;

    internal FastTextClassificationModel(FastTextWeights weights, int classes)
    {
        _weights = weights;
        ClassCount = classes;
    }

    public int FeatureCount => _weights.Features;

    public int ClassCount { get; }

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.PredictionSet(x, FeatureCount);
        PredictProbabilities(CsrMatrix.FromDense(x), destination);
    }

    public void PredictProbabilities(CsrMatrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        SparseGuard.PredictionSet(x, FeatureCount);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException($"destination must be {x.RowCount}×{ClassCount}; got {destination.RowCount}×{destination.ColumnCount}.", nameof(destination));
        var (d, hidden, k) = (_weights.Dimension, _weights.Hidden, ClassCount);
        var v = _weights.Values;
        var pooled = new float[d];
        var layer = new float[Math.Max(hidden, 1)];
        var logits = new double[k];
        for (var i = 0; i < x.RowCount; i++)
        {
            Pool(x, i, v[0], pooled);
            ReadOnlySpan<float> h = pooled;
            if (hidden > 0)
            {
                Affine(pooled, v[1], v[2], layer);
                for (var u = 0; u < hidden; u++) layer[u] = Math.Max(layer[u], 0);
                h = layer;
            }
            var (w, b) = (v[^2], v[^1]);
            var max = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var z = (double)b[c];
                for (var j = 0; j < h.Length; j++) z += h[j] * w[(j * k) + c];
                logits[c] = z;
                max = Math.Max(max, z);
            }
            var row = destination.Row(i);
            var sum = 0.0;
            for (var c = 0; c < k; c++) sum += row[c] = Math.Exp(logits[c] - max);
            for (var c = 0; c < k; c++) row[c] /= sum;
        }
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, 1);
        writer.Write(ClassCount);
        _weights.Write(writer);
    }

    public static FastTextClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, 1, out _);
        var classes = reader.ReadInt32();
        return new FastTextClassificationModel(FastTextWeights.Read(reader), classes);
    }

    private static void Pool(CsrMatrix x, int row, float[] table, float[] pooled)
    {
        Array.Clear(pooled);
        var indices = x.RowIndices(row);
        var values = x.RowValues(row);
        var total = 0.0;
        foreach (var value in values) total += value;
        if (!(total > 0)) return;
        var d = pooled.Length;
        for (var n = 0; n < indices.Length; n++)
        {
            var w = (float)(values[n] / total);
            var source = table.AsSpan(indices[n] * d, d);
            for (var j = 0; j < d; j++) pooled[j] += w * source[j];
        }
    }

    private static void Affine(float[] input, float[] weight, float[] bias, float[] output)
    {
        var width = output.Length;
        for (var u = 0; u < width; u++)
        {
            var z = bias[u];
            for (var j = 0; j < input.Length; j++) z += input[j] * weight[(j * width) + u];
            output[u] = z;
        }
    }
}
