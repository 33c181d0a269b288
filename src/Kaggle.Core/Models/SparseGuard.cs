using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>The checks of <see cref="Guard"/> for CSR input.</summary>
public static class SparseGuard
{
    /// <summary>
    /// Checks a sparse training set as <see cref="Guard.TrainingSet"/> checks a dense one; stored values must be
    /// finite unless <paramref name="allowMissingFeatures"/>.
    /// </summary>
    public static void TrainingSet(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default, bool allowMissingFeatures = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.Shape(x.RowCount, x.ColumnCount, y, sampleWeight, " (did the vectorizer keep any term?)");
        if (!allowMissingFeatures)
            NoMissing(x);
    }

    /// <summary>Throws when a stored value is NaN or infinite, naming its row and column.</summary>
    public static void NoMissing(CsrMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        for (var i = 0; i < x.RowCount; i++)
        {
            var values = x.RowValues(i);
            for (var k = 0; k < values.Length; k++)
                if (!double.IsFinite(values[k]))
                    throw new ArgumentException(
                        $"x[{i}, {x.RowIndices(i)[k]}] is {values[k]}; this learner needs finite features (impute missing values first).", nameof(x));
        }
    }

    /// <summary>Checks that a fitted model is given as many features as it was trained on.</summary>
    public static void PredictionSet(CsrMatrix x, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != featureCount)
            throw new ArgumentException($"x has {x.ColumnCount} columns but the model was fitted on {featureCount}.", nameof(x));
    }
}
