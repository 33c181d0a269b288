using System.Buffers;
using System.Numerics.Tensors;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// The L2-penalised logistic (binary) or softmax (multinomial) negative log-likelihood, divided by the weight sum:
/// <c>[Σᵢ wᵢ·ℓᵢ + ‖B‖²/(2C)] / Σᵢ wᵢ</c>, with intercepts unpenalised. Parameters are <c>rows</c> blocks of
/// <c>features + 1</c> values (coefficients, then the intercept); rows is 1 for two classes and K otherwise.
/// <para>
/// Rows are cut into fixed blocks of <see cref="BlockRows"/>; each block's partial sums land in its own slot and the
/// slots are added in block order, so the value and gradient are bit-identical at any thread count.
/// </para>
/// Generic over the row representation (<see cref="DenseRows"/>, <see cref="SparseRows"/>) so each compiles to direct calls.
/// </summary>
internal sealed class LogisticObjective<TRows> where TRows : struct, IRowDesign
{
    private const int BlockRows = 4096;

    private readonly TRows _x;
    private readonly double[] _y;
    private readonly double[]? _weights;
    private readonly int _classes;
    private readonly int _rows;
    private readonly int _stride;
    private readonly double _lambda;
    private readonly double _weightSum;
    private readonly bool _fitIntercept;
    private readonly int _blocks;
    private readonly double[] _partials;
    private readonly ParallelOptions _parallel;

    public LogisticObjective(TRows x, double[] y, double[]? weights, int classCount, double c, bool fitIntercept, int threads)
    {
        _x = x;
        _y = y;
        _weights = weights;
        _classes = classCount;
        _rows = classCount == 2 ? 1 : classCount;
        _stride = x.ColumnCount + 1;
        _lambda = double.IsPositiveInfinity(c) ? 0 : 1 / c;
        _weightSum = weights is null ? x.RowCount : weights.Sum();
        _fitIntercept = fitIntercept;
        _blocks = (x.RowCount + BlockRows - 1) / BlockRows;
        _partials = new double[_blocks * (ParameterCount + 1)];
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
    }

    /// <summary>Coefficient rows (1 for two classes, K for K ≥ 3) times (features + 1).</summary>
    public int ParameterCount => _rows * _stride;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var width = ParameterCount + 1;
        var parameters = theta.ToArray();   // the lambda below cannot capture a span
        if (_blocks == 1 || _parallel.MaxDegreeOfParallelism == 1)
            for (var b = 0; b < _blocks; b++) Block(b, parameters, _partials.AsSpan(b * width, width));
        else
            Parallel.For(0, _blocks, _parallel, b => Block(b, parameters, _partials.AsSpan(b * width, width)));

        gradient.Clear();
        var loss = 0.0;
        for (var b = 0; b < _blocks; b++)
        {
            var partial = _partials.AsSpan(b * width, width);
            TensorPrimitives.Add(gradient, partial[..^1], gradient);
            loss += partial[^1];
        }
        var features = _stride - 1;
        for (var r = 0; r < _rows; r++)
        {
            var coefficients = theta.Slice(r * _stride, features);
            loss += 0.5 * _lambda * TensorPrimitives.Dot(coefficients, coefficients);
            TensorPrimitives.MultiplyAdd(coefficients, _lambda, gradient.Slice(r * _stride, features), gradient.Slice(r * _stride, features));
            if (!_fitIntercept) gradient[(r * _stride) + features] = 0;
        }
        TensorPrimitives.Multiply(gradient, 1 / _weightSum, gradient);
        return loss / _weightSum;
    }

    private void Block(int block, double[] theta, Span<double> partial)
    {
        partial.Clear();
        var start = block * BlockRows;
        var end = Math.Min(start + BlockRows, _x.RowCount);
        if (_rows == 1) BinaryBlock(start, end, theta, partial);
        else SoftmaxBlock(start, end, theta, partial);
    }

    private void BinaryBlock(int start, int end, double[] theta, Span<double> partial)
    {
        var features = _stride - 1;
        ReadOnlySpan<double> beta = theta.AsSpan(0, features);
        var intercept = theta[features];
        var count = end - start;
        var rented = ArrayPool<double>.Shared.Rent(3 * count);
        var z = rented.AsSpan(0, count);
        var e = rented.AsSpan(count, count);
        var softplus = rented.AsSpan(2 * count, count);
        for (var i = 0; i < count; i++)
            z[i] = intercept + _x.Dot(start + i, beta);
        // log(1 + e^z) = max(z, 0) + log(1 + e^−|z|) and σ(z) from e^−|z| cannot overflow; exp and log run
        // vectorised over the block, which saves most of a row's cost next to scalar Math.Exp and Math.Log.
        TensorPrimitives.Abs(z, e);
        TensorPrimitives.Negate(e, e);
        TensorPrimitives.Exp(e, e);
        TensorPrimitives.Add(e, 1, softplus);
        TensorPrimitives.Log(softplus, softplus);
        var gradBeta = partial[..features];
        double gradIntercept = 0, loss = 0;
        for (var i = 0; i < count; i++)
        {
            var w = _weights is null ? 1.0 : _weights[start + i];
            var y = _y[start + i];
            var zi = z[i];
            loss += w * (Math.Max(zi, 0) + softplus[i] - (y * zi));
            var p = (zi >= 0 ? 1 : e[i]) / (1 + e[i]);
            var r = w * (p - y);
            _x.AddScaled(start + i, r, gradBeta);
            gradIntercept += r;
        }
        partial[features] = gradIntercept;
        partial[^1] = loss;
        ArrayPool<double>.Shared.Return(rented);
    }

    private void SoftmaxBlock(int start, int end, double[] theta, Span<double> partial)
    {
        var features = _stride - 1;
        Span<double> z = _classes <= 256 ? stackalloc double[_classes] : new double[_classes];
        for (var i = start; i < end; i++)
        {
            for (var k = 0; k < _classes; k++)
                z[k] = theta[(k * _stride) + features] + _x.Dot(i, theta.AsSpan(k * _stride, features));
            var max = TensorPrimitives.Max(z);
            var sum = 0.0;
            for (var k = 0; k < _classes; k++) sum += Math.Exp(z[k] - max);
            var logSum = max + Math.Log(sum);
            var w = _weights is null ? 1.0 : _weights[i];
            var label = (int)_y[i];
            partial[^1] += w * (logSum - z[label]);
            for (var k = 0; k < _classes; k++)
            {
                var r = w * (Math.Exp(z[k] - logSum) - (k == label ? 1 : 0));
                var g = partial.Slice(k * _stride, features);
                _x.AddScaled(i, r, g);
                partial[(k * _stride) + features] += r;
            }
        }
    }
}
