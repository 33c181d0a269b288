namespace Kaggle.Autograd.Ops;

/// <summary>
/// H[b, d] = Σⱼ A[b, j] · E[j, d] for a constant sparse A (CSR rows: a batch of documents, columns: token ids, values:
/// pooling weights) and an embedding table E [vocabulary, d]: PyTorch's EmbeddingBag with per-token weights. Backward
/// scatters into the table's rows, dE[j] += Σ_b A[b, j] · dH[b], in row order, so gradients are bit-for-bit repeatable.
/// </summary>
internal sealed class EmbeddingBag(int[] rowPointers, int[] tokens, float[] weights) : Function
{
    protected override Tensor Forward()
    {
        var table = Input(0);
        var rows = rowPointers.Length - 1;
        var width = table.Shape[1];
        var h = Tensor.ZerosTemporary(new Shape(rows, width));
        for (var b = 0; b < rows; b++)
        {
            var target = h.Data.AsSpan(b * width, width);
            for (var k = rowPointers[b]; k < rowPointers[b + 1]; k++)
            {
                var source = table.Data.AsSpan(tokens[k] * width, width);
                var w = weights[k];
                for (var d = 0; d < width; d++) target[d] += w * source[d];
            }
        }
        return h;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        if (GradOf(0) is not { } grad) return;
        var width = Input(0).Shape[1];
        var g = gradOutput.Data;
        for (var b = 0; b < rowPointers.Length - 1; b++)
        {
            var source = g.AsSpan(b * width, width);
            for (var k = rowPointers[b]; k < rowPointers[b + 1]; k++)
            {
                var target = grad.AsSpan(tokens[k] * width, width);
                var w = weights[k];
                for (var d = 0; d < width; d++) target[d] += w * source[d];
            }
        }
    }
}
