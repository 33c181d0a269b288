namespace Kaggle.Autograd.Ops;

/// <summary>
/// Y[m, n] = A[m, k] · B[k, n] through <see cref="Engine.Gemm"/>. Backward adds straight into the gradients with
/// beta = 1: dA += dY · Bᵀ and dB += Aᵀ · dY.
/// </summary>
internal sealed class MatMul : Function
{
    protected override Tensor Forward()
    {
        var (a, b) = (Input(0), Input(1));
        int m = a.Shape[0], k = a.Shape[1], n = b.Shape[1];
        var y = Tensor.Empty(new Shape(m, n));
        Engine.Gemm.Multiply(false, false, m, n, k, 1, a.Data, k, b.Data, n, 0, y.Data, n);
        return y;
    }

    protected internal override void Backward(Tensor gradOutput)
    {
        var (a, b) = (Input(0), Input(1));
        int m = a.Shape[0], k = a.Shape[1], n = b.Shape[1];
        var g = gradOutput.Data;
        if (GradOf(0) is { } da) Engine.Gemm.Multiply(false, true, m, k, n, 1, g, n, b.Data, n, 1, da, k);
        if (GradOf(1) is { } db) Engine.Gemm.Multiply(true, false, k, n, m, 1, a.Data, k, g, n, 1, db, n);
    }
}
