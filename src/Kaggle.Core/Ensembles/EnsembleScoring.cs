using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>Shared bookkeeping for ensembles: checking members agree, and scoring combined predictions fold by fold.</summary>
internal static class EnsembleScoring
{
    public static void CheckMembers(IReadOnlyList<CrossValidationResult> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
            throw new ArgumentException("An ensemble needs at least one member.", nameof(members));
        var first = members[0];
        foreach (var m in members)
        {
            if (m.OutOfFold.RowCount != first.OutOfFold.RowCount || m.OutOfFold.ColumnCount != first.OutOfFold.ColumnCount)
                throw new ArgumentException($"Member '{m.Model}' has {m.OutOfFold.RowCount}x{m.OutOfFold.ColumnCount} out-of-fold predictions but '{first.Model}' has {first.OutOfFold.RowCount}x{first.OutOfFold.ColumnCount}.", nameof(members));
            if ((m.Test is null) != (first.Test is null) || (m.Test is not null && m.Test.RowCount != first.Test!.RowCount))
                throw new ArgumentException($"Member '{m.Model}' and '{first.Model}' have different test predictions.", nameof(members));
            if (m.Metric != first.Metric)
                throw new ArgumentException($"Member '{m.Model}' was scored with {m.Metric} but '{first.Model}' with {first.Metric}.", nameof(members));
        }
    }

    /// <summary>Σ weights[m] · predictions[m].</summary>
    public static Matrix Combine(IReadOnlyList<Matrix> predictions, ReadOnlySpan<double> weights)
    {
        var result = new Matrix(predictions[0].RowCount, predictions[0].ColumnCount);
        var target = result.Values;
        for (var m = 0; m < predictions.Count; m++)
        {
            var source = predictions[m].Values;
            for (var k = 0; k < target.Length; k++) target[k] += weights[m] * source[k];
        }
        return result;
    }

    /// <summary>Scores <paramref name="predictions"/> on each fold of the first repeat's assignment.</summary>
    public static List<FoldResult> FoldScores(IMetric metric, ReadOnlySpan<double> y, Matrix predictions, int[] assignment)
    {
        var foldCount = assignment.Length == 0 ? 0 : assignment.Max() + 1;
        var results = new List<FoldResult>(foldCount);
        for (var f = 0; f < foldCount; f++)
        {
            var rows = Rows(assignment, r => r == f);
            var yFold = new double[rows.Length];
            for (var k = 0; k < rows.Length; k++) yFold[k] = y[rows[k]];
            results.Add(new FoldResult(0, 0, f, metric.Score(yFold, predictions.Rows(rows)), assignment.Length - rows.Length, rows.Length, 0));
        }
        return results;
    }

    public static int[] Rows(int[] assignment, Func<int, bool> keep)
    {
        var rows = new List<int>(assignment.Length);
        for (var i = 0; i < assignment.Length; i++)
            if (assignment[i] >= 0 && keep(assignment[i])) rows.Add(i);
        return [.. rows];
    }
}
