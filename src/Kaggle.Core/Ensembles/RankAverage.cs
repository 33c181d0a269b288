using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// Rank averaging: each member's predictions are replaced by their ranks (ties get the average rank), the ranks are
/// averaged, and the averaged rank is mapped back onto the scale of the members' plain average by quantile: the row
/// whose averaged rank is ρ gets the ρ-th smallest plain-average prediction (interpolated between neighbours). The
/// order of the rows is therefore the consensus order, which is all a rank metric such as AUC scores, while the
/// values stay usable by any metric. Members whose scales differ (a calibrated and an uncalibrated model) count
/// equally. Out-of-fold and test predictions are ranked separately, each within its own rows; nothing is fitted to
/// labels, so the out-of-fold score is honest. One output column only (regression, binary).
/// </summary>
/// <param name="Name">The ensemble's name in tables and records.</param>
public sealed record RankAverage(string Name = "rank_average") : INestedEnsemble
{
    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        if (members[0].OutOfFold.ColumnCount != 1)
            throw new ArgumentException($"Rank averaging needs one output column per row; the members predict {members[0].OutOfFold.ColumnCount} (multiclass).", nameof(members));
        var validated = EnsembleScoring.ValidatedRows(members[0].OutOfFold);
        var outOfFold = new Matrix(members[0].OutOfFold.RowCount, 1);
        outOfFold.Values.Fill(double.NaN);
        var combined = Consensus(EnsembleScoring.Select(members.Select(m => m.OutOfFold).ToArray(), validated));
        for (var k = 0; k < validated.Length; k++) outOfFold[validated[k], 0] = combined[k];
        var test = members[0].Test is null ? null : Matrix.FromColumn(Consensus(members.Select(m => m.Test!).ToArray()));
        var (_, folds) = EnsembleScoring.Nested(members, metric, y, this);
        var result = EnsembleScoring.Result(Name, metric, y, members, outOfFold, outOfFold, test, folds, $"rank average of {string.Join(", ", members.Select(m => m.Model))}");
        return new EnsembleResult(result, new EnsembleParameters(Name, "rank_average", EnsembleScoring.Names(members)));
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // Rank within the fit and predict rows together (fitted on no label, so using all of them is no leak).
        var rows = fitRows.Concat(predictRows).Order().ToArray();
        var all = Consensus(EnsembleScoring.Select(inputs.Predictions, rows));
        var position = new Dictionary<int, int>(rows.Length);
        for (var k = 0; k < rows.Length; k++) position[rows[k]] = k;
        return Matrix.FromColumn(predictRows.Select(r => all[position[r]]).ToArray());
    }

    /// <summary>Ranks 1..n of <paramref name="values"/>, ties sharing their average rank (scipy's <c>rankdata</c> "average").</summary>
    public static double[] Ranks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keys = values.ToArray();
        Array.Sort((double[])keys.Clone(), order);
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && keys[order[end + 1]] == keys[order[start]]) end++;
            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>Rank-averages one-column member predictions of the same rows and maps the result onto the plain average's quantiles.</summary>
    internal static double[] Consensus(IReadOnlyList<Matrix> predictions)
    {
        var n = predictions[0].RowCount;
        var meanRank = new double[n];
        var mean = new double[n];
        foreach (var p in predictions)
        {
            var ranks = Ranks(p.Values);
            for (var i = 0; i < n; i++)
            {
                meanRank[i] += ranks[i] / predictions.Count;
                mean[i] += p[i, 0] / predictions.Count;
            }
        }
        Array.Sort(mean);
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            // ρ ∈ [1, n] → position ρ − 1 of the sorted averages, linearly interpolated.
            var position = Math.Clamp(meanRank[i] - 1, 0, n - 1);
            var lower = (int)Math.Floor(position);
            var upper = Math.Min(lower + 1, n - 1);
            var fraction = position - lower;
            result[i] = fraction == 0 ? mean[lower] : mean[lower] + (fraction * (mean[upper] - mean[lower]));
        }
        return result;
    }
}
