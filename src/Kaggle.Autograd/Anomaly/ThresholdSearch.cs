using Kaggle.Core.Metrics;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// Chooses one series' alarm threshold on its validation points: the score above which points are predicted
/// anomalous that maximises the series' point-adjusted F1 (<see cref="AdjustedF1"/>) over grid points [from, to).
/// Candidates are the distinct score quantiles; among thresholds tied for the best F1 the lowest is taken and moved to the middle of the gap below it. A series without
/// anomalies in validation gets a threshold just above its largest score, so it raises no alarm there.
/// </summary>
public static class ThresholdSearch
{
    private const int Candidates = 200;

    /// <summary>The best threshold and the adjusted counts it gives; <paramref name="scores"/> has one value per grid point of [from, to) (NaN = never alarm).</summary>
    public static (double Threshold, F1Counts Counts) Best(RegularSeries series, int from, int to, ReadOnlySpan<double> scores, int delay)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (scores.Length != to - from) throw new ArgumentException($"Expected {to - from} scores but got {scores.Length}.", nameof(scores));
        var observed = new List<double>();
        for (var t = from; t < to; t++)
            if (series.Train[t] && double.IsFinite(scores[t - from])) observed.Add(scores[t - from]);
        if (observed.Count == 0) return (double.PositiveInfinity, Evaluate(series, from, to, scores, double.PositiveInfinity, delay));
        observed.Sort();
        var none = NextUp(observed[^1]);
        var best = (Threshold: none, Counts: Evaluate(series, from, to, scores, none, delay));
        var tied = new List<(double Threshold, F1Counts Counts)> { best };
        var seen = new HashSet<double>();
        for (var c = 0; c < Candidates; c++)
        {
            // Quantiles dense near the top, where thresholds for rare anomalies live; ascending.
            var level = 1 - Math.Pow((Candidates - c) / (double)Candidates, 3);
            var threshold = observed[Math.Clamp((int)(level * observed.Count), 0, observed.Count - 1)];
            if (!seen.Add(threshold)) continue;
            var counts = Evaluate(series, from, to, scores, threshold, delay);
            if (counts.F1 > best.Counts.F1 + 1e-12)
            {
                best = (threshold, counts);
                tied.Clear();
            }
            if (counts.F1 >= best.Counts.F1 - 1e-12) tied.Add((threshold, counts));
        }
        if (best.Counts.F1 <= 0) return (none, Evaluate(series, from, to, scores, none, delay));
        // Among thresholds tied for the best F1, take the lowest and move it to the middle of the gap below it (no
        // validation score lies there, so validation alarms stay the same): a refit model whose scores shift a
        // little then still raises the same alarms.
        var chosen = tied.MinBy(t => t.Threshold);
        var below = observed.BinarySearch(chosen.Threshold);
        below = (below < 0 ? ~below : below) - 1;
        while (below >= 0 && observed[below] >= chosen.Threshold) below--;
        return below < 0 || double.IsInfinity(chosen.Threshold) ? chosen : ((chosen.Threshold + observed[below]) / 2, chosen.Counts);
    }

    /// <summary>The adjusted counts of alarms <c>score ≥ threshold</c> on the training points in [from, to).</summary>
    public static F1Counts Evaluate(RegularSeries series, int from, int to, ReadOnlySpan<double> scores, double threshold, int delay)
    {
        ArgumentNullException.ThrowIfNull(series);
        var label = new byte[to - from];
        var predicted = new byte[to - from];
        for (var t = from; t < to; t++)
        {
            if (!series.Train[t]) continue;
            label[t - from] = series.Labels[t];
            predicted[t - from] = scores[t - from] >= threshold ? (byte)1 : (byte)0;
        }
        AdjustedF1.Adjust(label, predicted, delay);
        return F1Counts.Of(label, predicted);
    }

    private static double NextUp(double value) => Math.BitIncrement(value);
}
