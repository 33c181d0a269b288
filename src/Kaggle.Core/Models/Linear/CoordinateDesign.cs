using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A training set prepared for coordinate descent: centred (when an intercept is fitted) and, optionally, scaled to
/// unit weighted standard deviation, multiplied by √(wᵢ/Σw) and stored column by column, so that the weighted
/// least-squares loss (1/(2Σw))·Σ wᵢ rᵢ² becomes the plain ½‖ŷ − X̂β‖² the solver works on.
/// </summary>
internal sealed class CoordinateDesign
{
    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double _yMean;

    private CoordinateDesign(int rows, int features, double[] columns, double[] target, double[] mean, double[] scale, double yMean)
    {
        Rows = rows;
        Features = features;
        Columns = columns;
        Target = target;
        _mean = mean;
        _scale = scale;
        _yMean = yMean;
        Norms = new double[features];
        for (var j = 0; j < features; j++)
            Norms[j] = TensorPrimitives.Dot(Column(j), Column(j));
    }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>X̂ column-major: column j is <c>[j·Rows, (j+1)·Rows)</c>.</summary>
    public double[] Columns { get; }

    /// <summary>ŷ.</summary>
    public double[] Target { get; }

    /// <summary>‖X̂ⱼ‖² per column (1 for a standardised non-constant column, 0 for a constant one).</summary>
    public double[] Norms { get; }

    public ReadOnlySpan<double> Column(int j) => Columns.AsSpan(j * Rows, Rows);

    public static CoordinateDesign Create(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool fitIntercept, bool standardize)
    {
        var (n, d) = (x.RowCount, x.ColumnCount);
        var (mean, yMean) = LeastSquares.Means(x, y, weights, fitIntercept);
        var total = weights.IsEmpty ? n : TensorPrimitives.Sum(weights);
        var scale = new double[d];
        var columns = new double[n * d];
        var target = new double[n];
        for (var i = 0; i < n; i++)
        {
            var root = Math.Sqrt((weights.IsEmpty ? 1.0 : weights[i]) / total);
            var row = x.Row(i);
            for (var j = 0; j < d; j++) columns[(j * n) + i] = root * (row[j] - mean[j]);
            target[i] = root * (y[i] - yMean);
        }
        for (var j = 0; j < d; j++)
        {
            var column = columns.AsSpan(j * n, n);
            // The weighted standard deviation (root mean square without an intercept) is the norm of the column.
            var norm = Math.Sqrt(TensorPrimitives.Dot(column, column));
            if (norm <= 1e-12 * Math.Abs(mean[j]))
            {
                column.Clear();   // constant up to rounding of its mean: it carries no signal, keep it at 0
                norm = 0;
            }
            scale[j] = standardize && norm > 0 ? norm : 1;
            if (scale[j] != 1) TensorPrimitives.Divide(column, scale[j], column);
        }
        return new CoordinateDesign(n, d, columns, target, mean, scale, yMean);
    }

    /// <summary>The smallest α at which every coefficient of the elastic net with this L1 ratio is zero: max|X̂ᵀŷ| / ρ.</summary>
    public double MaxAlpha(double l1Ratio)
    {
        var max = 0.0;
        for (var j = 0; j < Features; j++)
            max = Math.Max(max, Math.Abs(TensorPrimitives.Dot(Column(j), Target)));
        return max / l1Ratio;
    }

    /// <summary>Maps coefficients of the scaled problem back to the original features and recovers the intercept.</summary>
    public LinearModel ToModel(ReadOnlySpan<double> beta)
    {
        var coefficients = new double[Features];
        TensorPrimitives.Divide(beta, _scale, coefficients);
        return new LinearModel(coefficients, _yMean - TensorPrimitives.Dot(_mean, coefficients));
    }
}
