using Kaggle.Core.Data;

namespace Kaggle.Core.Metrics;

/// <summary>Checks shared by the metrics: shapes, finiteness and label domains, with messages naming the metric.</summary>
internal static class MetricInput
{
    /// <summary>At least one row, as many predicted rows as actual values, and only finite numbers on both sides.</summary>
    public static void Check(string metric, ReadOnlySpan<double> actual, Matrix predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Length == 0)
            throw new ArgumentException($"{metric}: there are no rows to score.", nameof(actual));
        if (predicted.RowCount != actual.Length)
            throw new ArgumentException($"{metric}: {actual.Length} actual values but {predicted.RowCount} predicted rows.", nameof(predicted));
        if (predicted.ColumnCount == 0)
            throw new ArgumentException($"{metric}: the predictions have 0 columns.", nameof(predicted));
        for (var i = 0; i < actual.Length; i++)
            if (!double.IsFinite(actual[i]))
                throw new ArgumentException($"{metric}: actual[{i}] is {actual[i]}; values must be finite.", nameof(actual));
        var values = predicted.Values;
        for (var k = 0; k < values.Length; k++)
            if (!double.IsFinite(values[k]))
                throw new ArgumentException(
                    $"{metric}: predicted[{k / predicted.ColumnCount}, {k % predicted.ColumnCount}] is {values[k]}; predictions must be finite.", nameof(predicted));
    }

    /// <summary>Regression and binary metrics take one prediction per row.</summary>
    public static void OneColumn(string metric, Matrix predicted)
    {
        if (predicted.ColumnCount != 1)
            throw new ArgumentException(
                $"{metric} expects one prediction column (a value, or P(class 1) for binary), but got {predicted.ColumnCount}.", nameof(predicted));
    }

    /// <summary>Every actual value is 0 or 1.</summary>
    public static void BinaryLabels(string metric, ReadOnlySpan<double> actual)
    {
        for (var i = 0; i < actual.Length; i++)
            if (actual[i] is not (0 or 1))
                throw new ArgumentException($"{metric}: actual[{i}] is {actual[i]}; binary labels must be 0 or 1.", nameof(actual));
    }

    /// <summary>Every actual value is a class index in [0, <paramref name="classCount"/>).</summary>
    public static void ClassLabels(string metric, ReadOnlySpan<double> actual, int classCount)
    {
        for (var i = 0; i < actual.Length; i++)
            if (actual[i] < 0 || actual[i] >= classCount || actual[i] != Math.Floor(actual[i]))
                throw new ArgumentException(
                    $"{metric}: actual[{i}] is {actual[i]}; with {classCount} probability columns labels must be integers 0..{classCount - 1}.", nameof(actual));
    }

    /// <summary>The predicted label of a binary row: 1 when P(class 1) exceeds 0.5 (a tie at 0.5 is class 0, as argmax picks the lower index).</summary>
    public static int BinaryLabel(double probability) => probability > 0.5 ? 1 : 0;

    /// <summary>The most probable class of a row; the lowest index wins ties.</summary>
    public static int ArgMax(ReadOnlySpan<double> row)
    {
        var best = 0;
        for (var k = 1; k < row.Length; k++)
            if (row[k] > row[best]) best = k;
        return best;
    }
}
