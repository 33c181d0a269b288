using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Validation.Thresholds;

/// <summary>
/// Chooses the probability threshold t (predict class 1 when P(class 1) &gt; t) that maximises a label metric such as
/// F1 or accuracy on out-of-fold predictions, and scores that choice honestly: <see cref="Nested"/> picks each fold's
/// threshold on the other folds' rows only, so the reported score never saw the rows it scores
/// (https://en.wikipedia.org/wiki/Cross-validation_(statistics)#Nested_cross-validation).
/// </summary>
public static class ThresholdSelection
{
    /// <summary>At most this many candidate thresholds are tried: finer grids only fit the noise of a few thousand rows.</summary>
    public const int MaxCandidates = 1024;

    /// <summary>
    /// The threshold maximising <paramref name="metric"/> over the rows whose probability is not NaN. Candidates are
    /// midpoints between consecutive distinct probabilities (at most <see cref="MaxCandidates"/>, spread by quantile)
    /// plus 0.5; among equally good ones the candidate nearest 0.5 wins, so a flat metric keeps the usual cut.
    /// </summary>
    public static double Best(IMetric metric, ReadOnlySpan<double> actual, ReadOnlySpan<double> probability)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (actual.Length != probability.Length)
            Throw.Argument($"There are {actual.Length} labels but {probability.Length} probabilities.", nameof(probability));
        var rows = new List<int>(actual.Length);
        for (var i = 0; i < actual.Length; i++)
            if (!double.IsNaN(probability[i])) rows.Add(i);
        return BestOn(metric, actual, probability, rows);
    }

    /// <summary>
    /// Nested selection for one cross-validation repeat: <paramref name="assignment"/> gives each row's validation
    /// fold (-1: never validated, ignored). Fold k's threshold is <see cref="Best"/> on the validated rows of the
    /// other folds, and fold k is scored with it. The returned <see cref="NestedThreshold.Threshold"/> is chosen on
    /// every validated row: the one to apply to test predictions.
    /// </summary>
    public static NestedThreshold Nested(IMetric metric, ReadOnlySpan<double> actual, ReadOnlySpan<double> probability, ReadOnlySpan<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (actual.Length != probability.Length || actual.Length != assignment.Length)
            Throw.Argument($"Labels ({actual.Length}), probabilities ({probability.Length}) and fold assignments ({assignment.Length}) must have one value per row.", nameof(assignment));
        var folds = 0;
        foreach (var fold in assignment) folds = Math.Max(folds, fold + 1);
        if (folds < 2)
            Throw.Argument($"Nested threshold selection needs at least 2 folds; the assignment has {folds}.", nameof(assignment));

        var thresholds = new double[folds];
        var scores = new double[folds];
        var honest = new double[actual.Length];
        var all = new List<int>(actual.Length);
        for (var k = 0; k < folds; k++)
        {
            var others = new List<int>(actual.Length);
            var held = new List<int>();
            for (var i = 0; i < actual.Length; i++)
            {
                if (assignment[i] < 0 || double.IsNaN(probability[i])) continue;
                (assignment[i] == k ? held : others).Add(i);
            }
            if (held.Count == 0 || others.Count == 0)
                Throw.Argument($"Fold {k} has {held.Count} validated rows and the other folds {others.Count}; every fold needs both.", nameof(assignment));
            thresholds[k] = BestOn(metric, actual, probability, others);
            scores[k] = ScoreAt(metric, Gather(actual, held), probability, held, thresholds[k], new Matrix(held.Count, 1));
            foreach (var i in held) honest[i] = probability[i] > thresholds[k] ? 1 : 0;
            all.AddRange(held);
        }
        all.Sort();
        var labels = new Matrix(all.Count, 1);
        for (var r = 0; r < all.Count; r++) labels[r, 0] = honest[all[r]];
        return new NestedThreshold(BestOn(metric, actual, probability, all), thresholds, scores, metric.Score(Gather(actual, all), labels));
    }

    /// <summary>
    /// Maps a probability so that the usual 0.5 cut of a label metric or submission reproduces the cut at
    /// <paramref name="threshold"/>: p ↦ p / (2t) below t and 0.5 + (p − t) / (2(1 − t)) above, monotone and onto [0, 1],
    /// so rankings (AUC) and blends of the mapped values keep their meaning. NaN stays NaN.
    /// </summary>
    public static double Recentre(double probability, double threshold)
    {
        if (!(threshold > 0 && threshold < 1))
            Throw.Argument($"A decision threshold must lie strictly between 0 and 1; got {threshold}.", nameof(threshold));
        return probability <= threshold
            ? probability / (2 * threshold)
            : 0.5 + ((probability - threshold) / (2 * (1 - threshold)));
    }

    private static double BestOn(IMetric metric, ReadOnlySpan<double> actual, ReadOnlySpan<double> probability, List<int> rows)
    {
        if (rows.Count == 0) Throw.Argument("No row has a probability to choose a threshold on.", nameof(probability));
        var buffer = new Matrix(rows.Count, 1);
        var truth = Gather(actual, rows);
        var best = 0.5;
        var bestScore = ScoreAt(metric, truth, probability, rows, best, buffer);
        foreach (var candidate in Candidates(probability, rows))
        {
            var score = ScoreAt(metric, truth, probability, rows, candidate, buffer);
            var better = metric.HigherIsBetter ? score > bestScore : score < bestScore;
            if (better || (score == bestScore && Math.Abs(candidate - 0.5) < Math.Abs(best - 0.5)))
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    /// <summary>Midpoints between consecutive distinct probabilities, thinned to at most <see cref="MaxCandidates"/> by quantile.</summary>
    private static IEnumerable<double> Candidates(ReadOnlySpan<double> probability, List<int> rows)
    {
        var sorted = new double[rows.Count];
        for (var r = 0; r < sorted.Length; r++) sorted[r] = probability[rows[r]];
        Array.Sort(sorted);
        var distinct = new List<double>(sorted.Length);
        foreach (var p in sorted)
            if (distinct.Count == 0 || p != distinct[^1]) distinct.Add(p);
        var cuts = distinct.Count - 1;
        var step = Math.Max(1, (cuts + MaxCandidates - 1) / MaxCandidates);
        var result = new List<double>();
        for (var c = 1; c <= cuts; c += step)
        {
            var midpoint = (distinct[c - 1] + distinct[c]) / 2;
            if (midpoint > 0 && midpoint < 1) result.Add(midpoint);
        }
        return result;
    }

    private static double ScoreAt(IMetric metric, double[] truth, ReadOnlySpan<double> probability, List<int> rows, double threshold, Matrix buffer)
    {
        for (var r = 0; r < rows.Count; r++) buffer[r, 0] = probability[rows[r]] > threshold ? 1 : 0;
        return metric.Score(truth, buffer);
    }

    private static double[] Gather(ReadOnlySpan<double> actual, List<int> rows)
    {
        var truth = new double[rows.Count];
        for (var r = 0; r < truth.Length; r++) truth[r] = actual[rows[r]];
        return truth;
    }
}
