using Kaggle.Core.Data;

namespace Kaggle.Autograd.Models.Text;

/// <summary>The mean pooling of a fastText document: each token's weight is its feature value over the row's total.</summary>
internal static class FastTextPooling
{
    /// <summary>CSR pieces of the selected rows with values divided by each row's sum (an all-zero row stays empty).</summary>
    public static (int[] Pointers, int[] Tokens, float[] Weights) MeanWeights(CsrMatrix x, ReadOnlySpan<int> rows)
    {
        var count = 0;
        foreach (var row in rows) count += x.RowIndices(row).Length;
        var pointers = new int[rows.Length + 1];
        var tokens = new int[count];
        var weights = new float[count];
        var k = 0;
        for (var b = 0; b < rows.Length; b++)
        {
            var indices = x.RowIndices(rows[b]);
            var values = x.RowValues(rows[b]);
            var total = 0.0;
            foreach (var v in values) total += v;
            for (var n = 0; n < indices.Length; n++)
            {
                tokens[k] = indices[n];
                weights[k++] = total > 0 ? (float)(values[n] / total) : 0;
            }
            pointers[b + 1] = k;
        }
        return (pointers, tokens, weights);
    }

    public static void CheckNonNegative(CsrMatrix x)
    {
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
            if (!(values[k] >= 0))
                throw new ArgumentException($"FastTextClassifier pools token embeddings weighted by the feature values, which must be non-negative counts or weights; found {values[k]}. Use a count, TF-IDF or hashing vectorizer without alternating signs.", nameof(x));
    }
}
