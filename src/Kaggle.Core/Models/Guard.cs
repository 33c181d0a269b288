using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>Argument checks shared by every learner's <c>Fit</c> and every model's predict.</summary>
public static class Guard
{
    /// <summary>
    /// Checks a training set: at least one row, <paramref name="y"/> as long as <paramref name="x"/> has rows,
    /// finite targets, and weights (when given) of the same length, finite and non-negative with a positive sum.
    /// </summary>
    public static void TrainingSet(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default, bool allowMissingFeatures = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shape(x.RowCount, x.ColumnCount, y, sampleWeight);
        if (!allowMissingFeatures)
            NoMissing(x);
    }

    /// <summary>The checks of <see cref="TrainingSet"/> that do not read x's values (shared with <see cref="SparseGuard"/>).</summary>
    internal static void Shape(int rowCount, int columnCount, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, string hint = "")
    {
        if (rowCount == 0)
            Throw.Argument("The training set has 0 rows; at least one is needed.", "x");
        if (columnCount == 0)
            Throw.Argument("The training set has 0 columns; at least one feature is needed" + hint + ".", "x");
        if (y.Length != rowCount)
            throw new ArgumentException($"x has {rowCount} rows but y has {y.Length} values.", nameof(y));
        for (var i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"y[{i}] is {y[i]}; targets must be finite.", nameof(y));
        if (!sampleWeight.IsEmpty)
            Weights(sampleWeight, rowCount);
    }

    /// <summary>Checks sample weights: <paramref name="rowCount"/> finite, non-negative values with a positive sum.</summary>
    public static void Weights(ReadOnlySpan<double> sampleWeight, int rowCount)
    {
        if (sampleWeight.Length != rowCount)
            throw new ArgumentException($"x has {rowCount} rows but sampleWeight has {sampleWeight.Length} values.", nameof(sampleWeight));
        var sum = 0.0;
        for (var i = 0; i < sampleWeight.Length; i++)
        {
            var w = sampleWeight[i];
            if (!double.IsFinite(w) || w < 0)
                throw new ArgumentException($"sampleWeight[{i}] is {w}; weights must be finite and non-negative.", nameof(sampleWeight));
            sum += w;
        }
        if (sum <= 0)
            throw new ArgumentException("sampleWeight sums to 0; at least one row must have a positive weight.", nameof(sampleWeight));
    }

    /// <summary>Throws when <paramref name="x"/> holds a NaN or an infinity, naming the first such cell.</summary>
    public static void NoMissing(Matrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
            if (!double.IsFinite(values[k]))
                throw new ArgumentException(
                    $"x[{k / x.ColumnCount}, {k % x.ColumnCount}] is {values[k]}; this learner needs finite features (impute missing values first).", nameof(x));
    }

    /// <summary>
    /// Checks class labels: every y is an integer in [0, 2^20) and at least two classes occur.
    /// Returns the class count, <c>max(y) + 1</c>.
    /// </summary>
    public static int ClassLabels(ReadOnlySpan<double> y)
    {
        var max = -1;
        var first = -1;
        var twoClasses = false;
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (v < 0 || v != Math.Floor(v) || v >= 1 << 20)
                throw new ArgumentException($"y[{i}] is {v}; class labels must be integers 0, 1, ..., K-1.", nameof(y));
            var label = (int)v;
            if (first < 0) first = label;
            else if (label != first) twoClasses = true;
            max = Math.Max(max, label);
        }
        if (!twoClasses)
            throw new ArgumentException(
                $"y holds a single class ({first}) in its {y.Length} row{(y.Length == 1 ? "" : "s")}; a classifier needs at least two classes.", nameof(y));
        return max + 1;
    }

    /// <summary>Checks that a fitted model is given as many features as it was trained on.</summary>
    public static void PredictionSet(Matrix x, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != featureCount)
            throw new ArgumentException($"x has {x.ColumnCount} columns but the model was fitted on {featureCount}.", nameof(x));
    }

    /// <summary>Checks a prediction destination's length.</summary>
    public static void Destination(int length, int rowCount, string paramName = "destination")
    {
        if (length != rowCount)
            throw new ArgumentException($"destination has {length} values but x has {rowCount} rows.", paramName);
    }
}
