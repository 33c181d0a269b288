using System.Numerics.Tensors;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// The binary logistic objective of <see cref="LogisticRegression"/> for <see cref="TrustRegionNewton"/>, scaled by C
/// (so the minimiser is the same): <c>Σᵢ wᵢ·ℓᵢ(b + β·xᵢ) + ‖β‖²/(2C)</c> over θ = (β, b), the intercept b unpenalised.
/// Its Hessian is <c>Xᵀ D X + I/C</c> on β, with <c>Dᵢ = wᵢ pᵢ(1 − pᵢ)</c> and X extended by a column of ones for b;
/// a Hessian-vector product is one pass over the rows for X·v and one for Xᵀ(D X v), never forming the Hessian.
/// Rows are visited in order, so every sum is bit-identical on every run.
/// </summary>
internal sealed class LogisticNewtonObjective<TRows> : INewtonObjective where TRows : struct, IRowDesign
{
    private readonly TRows _x;
    private readonly double[] _y;
    private readonly double[]? _weights;
    private readonly double _lambda;
    private readonly bool _fitIntercept;
    private readonly double[] _trialMargins;
    private readonly double[] _margins;
    private readonly double[] _curvature;
    private readonly double[] _product;

    public LogisticNewtonObjective(TRows x, double[] y, double[]? weights, double c, bool fitIntercept)
    {
        _x = x;
        _y = y;
        _weights = weights;
        _lambda = double.IsPositiveInfinity(c) ? 0 : 1 / c;
        _fitIntercept = fitIntercept;
        _trialMargins = new double[x.RowCount];
        _margins = new double[x.RowCount];
        _curvature = new double[x.RowCount];
        _product = new double[x.RowCount];
    }

    public int Dimension => _x.ColumnCount + 1;

    public double Value(ReadOnlySpan<double> theta)
    {
        var features = _x.ColumnCount;
        var beta = theta[..features];
        var intercept = theta[features];
        var loss = 0.0;
        for (var i = 0; i < _trialMargins.Length; i++)
        {
            var z = _trialMargins[i] = intercept + _x.Dot(i, beta);
            // log(1 + e^z) − y·z written so that e^z cannot overflow.
            var softplus = Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            loss += Weight(i) * (softplus - (_y[i] * z));
        }
        return loss + (0.5 * _lambda * TensorPrimitives.Dot(beta, beta));
    }

    public void Accept(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var features = _x.ColumnCount;
        _trialMargins.CopyTo(_margins, 0);
        var gradBeta = gradient[..features];
        gradBeta.Clear();
        var gradIntercept = 0.0;
        for (var i = 0; i < _margins.Length; i++)
        {
            var z = _margins[i];
            var e = Math.Exp(-Math.Abs(z));
            var p = (z >= 0 ? 1 : e) / (1 + e);
            var w = Weight(i);
            _curvature[i] = w * p * (1 - p);
            var residual = w * (p - _y[i]);
            _x.AddScaled(i, residual, gradBeta);
            gradIntercept += residual;
        }
        TensorPrimitives.MultiplyAdd(theta[..features], _lambda, gradBeta, gradBeta);
        gradient[features] = _fitIntercept ? gradIntercept : 0;
    }

    public void HessianTimes(ReadOnlySpan<double> v, Span<double> result)
    {
        var features = _x.ColumnCount;
        var vBeta = v[..features];
        var vIntercept = _fitIntercept ? v[features] : 0;
        for (var i = 0; i < _product.Length; i++)
            _product[i] = _curvature[i] * (vIntercept + _x.Dot(i, vBeta));
        var resultBeta = result[..features];
        TensorPrimitives.Multiply(vBeta, _lambda, resultBeta);
        var interceptSum = 0.0;
        for (var i = 0; i < _product.Length; i++)
        {
            _x.AddScaled(i, _product[i], resultBeta);
            interceptSum += _product[i];
        }
        result[features] = _fitIntercept ? interceptSum : 0;
    }

    private double Weight(int row) => _weights is null ? 1.0 : _weights[row];
}
