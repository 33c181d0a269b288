using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>Shared bookkeeping for ensembles: checking members agree, and honest (nested) scoring fold by fold.</summary>
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
            // Nested scoring holds out one fold of the shared split; a member split differently would have been
            // trained on rows of that fold, and its predictions there would not be out-of-fold for the ensemble.
            if (m.Assignments.Count != first.Assignments.Count || m.Assignments.Zip(first.Assignments).Any(p => !p.First.AsSpan().SequenceEqual(p.Second)))
                throw new ArgumentException($"Member '{m.Model}' was cross-validated on other folds than '{first.Model}'; ensemble members must share the folds (same splitter and seeds).", nameof(members));
        }
    }

    /// <summary>
    /// An ensemble's cross-validation result over the members' folds: <paramref name="outOfFold"/> is what it predicts
    /// for the training rows, <paramref name="scored"/> what its out-of-fold score is computed on (the nested
    /// predictions when the ensemble fits anything, else the same matrix).
    /// </summary>
    public static CrossValidationResult Result(string name, IMetric metric, ReadOnlySpan<double> y, IReadOnlyList<CrossValidationResult> members,
        Matrix outOfFold, Matrix scored, Matrix? test, List<FoldResult> folds, string parameters) => new()
        {
            Model = name,
            Metric = metric.Name,
            HigherIsBetter = metric.HigherIsBetter,
            OutOfFold = outOfFold,
            Test = test,
            Folds = folds,
            Assignments = members[0].Assignments,
            OutOfFoldScore = CrossValidation.ScoreValidated(metric, y, scored),
            Parameters = parameters,
        };

    /// <summary>The members' model names, in order.</summary>
    public static string[] Names(IReadOnlyList<CrossValidationResult> members) => [.. members.Select(m => m.Model)];

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

    /// <summary>
    /// Honest scores of a combiner: for every repeat and fold of the members' shared split, the combiner is fitted
    /// on that repeat's out-of-fold predictions of the other folds' rows and scores the fold's rows, which it has
    /// never seen. Returns the fold results (every repeat) and the nested predictions averaged over repeats (NaN
    /// for rows no fold validated).
    /// </summary>
    public static (Matrix Nested, List<FoldResult> Folds) Nested(
        IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y, INestedEnsemble ensemble)
    {
        var first = members[0];
        var names = Names(members);
        var yArray = y.ToArray();
        var sum = new Matrix(first.OutOfFold.RowCount, first.OutOfFold.ColumnCount);
        var counts = new int[sum.RowCount];
        var folds = new List<FoldResult>();
        for (var repeat = 0; repeat < first.Assignments.Count; repeat++)
        {
            var assignment = first.Assignments[repeat];
            var seed = first.Folds.FirstOrDefault(f => f.Repeat == repeat)?.Seed ?? 0;
            var inputs = new EnsembleInputs(names, members.Select(m => m.OutOfFoldOfRepeat(repeat)).ToArray(), yArray, metric, assignment);
            var foldCount = assignment.Length == 0 ? 0 : assignment.Max() + 1;
            for (var f = 0; f < foldCount; f++)
            {
                var fold = f;
                var scoreRows = Rows(assignment, a => a == fold);
                if (scoreRows.Length == 0) continue;
                var fitRows = Rows(assignment, a => a != fold);
                var clock = Stopwatch.StartNew();
                var combined = ensemble.FitPredict(inputs, fitRows, scoreRows);
                clock.Stop();
                var yFold = new double[scoreRows.Length];
                for (var k = 0; k < scoreRows.Length; k++)
                {
                    yFold[k] = y[scoreRows[k]];
                    var source = combined.Row(k);
                    var target = sum.Row(scoreRows[k]);
                    for (var c = 0; c < target.Length; c++) target[c] += source[c];
                    counts[scoreRows[k]]++;
                }
                folds.Add(new FoldResult(repeat, seed, f, metric.Score(yFold, combined), fitRows.Length, scoreRows.Length, clock.Elapsed.TotalSeconds));
            }
        }
        for (var i = 0; i < sum.RowCount; i++)
        {
            var row = sum.Row(i);
            for (var c = 0; c < row.Length; c++) row[c] = counts[i] == 0 ? double.NaN : row[c] / counts[i];
        }
        return (sum, folds);
    }

    /// <summary>The rows whose fold passes <paramref name="keep"/> (rows never validated, fold −1, are left out).</summary>
    public static int[] Rows(int[] assignment, Func<int, bool> keep)
    {
        var rows = new List<int>(assignment.Length);
        for (var i = 0; i < assignment.Length; i++)
            if (assignment[i] >= 0 && keep(assignment[i])) rows.Add(i);
        return [.. rows];
    }

    /// <summary>The validated rows of the repeat-averaged out-of-fold predictions (those not NaN).</summary>
    public static int[] ValidatedRows(Matrix outOfFold)
    {
        var rows = new List<int>(outOfFold.RowCount);
        for (var i = 0; i < outOfFold.RowCount; i++)
            if (!double.IsNaN(outOfFold[i, 0])) rows.Add(i);
        return [.. rows];
    }

    /// <summary>The members' predictions of <paramref name="rows"/>, one matrix per member.</summary>
    public static Matrix[] Select(IReadOnlyList<Matrix> predictions, int[] rows) =>
        predictions.Select(p => p.Rows(rows)).ToArray();
}
