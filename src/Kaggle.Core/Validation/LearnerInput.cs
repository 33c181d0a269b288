using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Core.Validation;

/// <summary>
/// The representation switch of cross-validation: a dense feature matrix goes to <see cref="ILearner{TModel}.Fit"/>,
/// a sparse one to <see cref="ISparseLearner{TModel}.Fit"/>, or, for a dense-only learner, is densified when the
/// <see cref="ModelSpec.Densify"/> allows it and otherwise refused with the matrix size. Predictions come back in the
/// same shape either way, so out-of-fold rows, scores and blends do not depend on the representation. Every matrix is
/// first scanned once for ±Infinity, which no learner can use and only a feature step can have made.
/// </summary>
internal static class LearnerInput
{
    /// <summary>
    /// The frame's feature matrix, refused with <see cref="NonFiniteFeatureException"/> when it holds ±Infinity; <paramref name="frameRows"/>
    /// maps matrix row k to its row in the frame given to cross-validation (<see langword="null"/>: the same row).
    /// </summary>
    public static FeatureMatrix Features(ModelSpec model, Frame frame, FoldRows rows, int[]? frameRows)
    {
        var x = frame.ToFeatureMatrix();
        var (row, column, value) = x.Dense is { } dense ? FirstInfinity(dense) : FirstInfinity(x.Sparse!);
        if (row < 0) return x;
        throw new NonFiniteFeatureException(model.Name, ColumnName(frame, column), rows, frameRows is null ? row : frameRows[row], value);
    }

    private static (int Row, int Column, double Value) FirstInfinity(Matrix x)
    {
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
            if (double.IsInfinity(values[k]))
                return (k / x.ColumnCount, k % x.ColumnCount, values[k]);
        return (-1, -1, 0);
    }

    private static (int Row, int Column, double Value) FirstInfinity(CsrMatrix x)
    {
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
        {
            if (!double.IsInfinity(values[k])) continue;
            var row = 0; // the row whose stored entries hold k: the last row pointer at or below k
            while (x.RowPointers[row + 1] <= k) row++;
            return (row, x.ColumnIndices[k], values[k]);
        }
        return (-1, -1, 0);
    }

    /// <summary>The name of every feature-matrix column of <paramref name="frame"/>: a sparse block expands into its feature names.</summary>
    public static IReadOnlyList<string> FeatureNames(Frame frame)
    {
        var names = new List<string>(frame.ColumnCount);
        foreach (var c in frame.Columns)
            if (c is SparseBlockColumn block) names.AddRange(block.FeatureNames.Select(f => $"{block.Name}:{f}"));
            else names.Add(c.Name);
        return names;
    }

    // Matrix columns follow the frame's columns; a sparse block spans one matrix column per feature name.
    private static string ColumnName(Frame frame, int column)
    {
        foreach (var c in frame.Columns)
        {
            var block = c as SparseBlockColumn;
            var width = block?.FeatureNames.Count ?? 1;
            if (column < width)
                return block is null
                    ? $"column '{c.Name}'"
                    : string.Create(CultureInfo.InvariantCulture, $"'{block.FeatureNames[column]}' (index {column}) of sparse block '{block.Name}'");
            column -= width;
        }
        return string.Create(CultureInfo.InvariantCulture, $"column {column}");
    }

    public static IModel Fit(ModelSpec model, ILearner<IModel> learner, FeatureMatrix x, double[] y)
    {
        if (x.Sparse is null)
            return learner.Fit(x.Dense!, y);
        if (learner is ISparseLearner<IModel> sparse)
            return sparse.Fit(x.Sparse, y);
        return learner.Fit(Densified(model, learner.GetType().Name, x.Sparse), y);
    }

    public static Matrix Predict(ModelSpec model, IModel fitted, FeatureMatrix x)
    {
        if (x.Sparse is null)
            return fitted.PredictOutput(x.Dense!);
        if (fitted is ISparseClassificationModel or ISparseRegressionModel)
            return fitted.PredictOutput(x.Sparse);
        return fitted.PredictOutput(Densified(model, fitted.GetType().Name, x.Sparse));
    }

    private static Matrix Densified(ModelSpec model, string typeName, CsrMatrix x)
    {
        if (!model.Densify)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Model '{model.Name}' gets a sparse {x.RowCount}×{x.ColumnCount} matrix but {typeName} accepts only dense input; " +
                $"set ModelSpec.Densify = true to allow densifying (≈ {Math.Ceiling(x.DenseBytes / 1048576.0):0} MB), or use a learner that takes sparse input."));
        return x.ToDense();
    }
}
