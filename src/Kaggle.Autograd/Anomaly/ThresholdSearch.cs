using Kaggle.Core.Metrics;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Anomaly;

/// <summary>Scores of one series' grid points [<see cref="From"/>, <see cref="To"/>), one per point (NaN = never alarm).</summary>
public readonly record struct ScoredSpan(RegularSeries Series, int From, int To, ReadOnlyMemory<double> Scores)
{
    /// <summary>The first or second half of the span (by grid points).</summary>
    public ScoredSpan Half(bool late)
    {
        var middle = From + ((To - From) / 2);
        return late ? new(Series, middle, To, Scores[(middle - From)..]) : new(Series, From, middle, Scores[..(middle - From)]);
    }
}

/// <summary>
/// Chooses alarm thresholds on validation points: the score above which points are predicted anomalous that
/// maximises the point-adjusted F1 (<see cref="AdjustedF1"/>) of the given spans concatenated, either per series
/// (one span) or one threshold shared by all series. Candidates are the distinct score quantiles; among thresholds tied
/// for the best F1 the lowest is taken and moved to the middle of the gap below it. Spans without anomalies get a
/// threshold just above their largest score, so they raise no alarm there.
/// </summary>
public static class ThresholdSearch
{
    private const int Candidates = 200;

    /// <summary>The best threshold for one series and the adjusted counts it gives.</summary>
    public static (double Threshold, F1Counts Counts) Best(RegularSeries series, int from, int to, ReadOnlySpan<double> scores, int delay)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (scores.Length != to - from) throw new ArgumentException($"Expected {to - from} scores but got {scores.Length}.", nameof(scores));
        return Best([new ScoredSpan(series, from, to, scores.ToArray())], delay);
    }

    /// <summary>The best single threshold for all <paramref name="spans"/> together and the adjusted counts it gives (summed).</summary>
    public static (double Threshold, F1Counts Counts) Best(IReadOnlyList<ScoredSpan> spans, int delay)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var observed = new List<double>();
        foreach (var span in spans)
        {
            var scores = span.Scores.Span;
            for (var t = span.From; t < span.To; t++)
                if (span.Series.Train[t] && double.IsFinite(scores[t - span.From])) observed.Add(scores[t - span.From]);
        }
        if (observed.Count == 0) return (double.PositiveInfinity, Evaluate(spans, double.PositiveInfinity, delay));
        observed.Sort();
        var none = Math.BitIncrement(observed[^1]);
        var best = (Threshold: none, Counts: Evaluate(spans, none, delay));
        var tied = new List<(double Threshold, F1Counts Counts)> { best };
        var seen = new HashSet<double>();
        for (var c = 0; c < Candidates; c++)
        {
            // Quantiles dense near the top, where thresholds for rare anomalies live; ascending.
            var level = 1 - Math.Pow((Candidates - c) / (double)Candidates, 3);
            var threshold = observed[Math.Clamp((int)(level * observed.Count), 0, observed.Count - 1)];
            if (!seen.Add(threshold)) continue;
            var counts = Evaluate(spans, threshold, delay);
            if (counts.F1 > best.Counts.F1 + 1e-12)
            {
                best = (threshold, counts);
                tied.Clear();
            }
            if (counts.F1 >= best.Counts.F1 - 1e-12) tied.Add((threshold, counts));
        }
        if (best.Counts.F1 <= 0) return (none, Evaluate(spans, none, delay));
        // Among thresholds tied for the best F1, take the lowest and move it to the middle of the gap below it (no
        // validation score lies there, so validation alarms stay the same): a refit model whose scores shift a
        // little then still raises the same alarms.
        var chosen = tied.MinBy(t => t.Threshold);
        var below = observed.BinarySearch(chosen.Threshold);
        below = (below < 0 ? ~below : below) - 1;
        while (below >= 0 && observed[below] >= chosen.Threshold) below--;
        return below < 0 || double.IsInfinity(chosen.Threshold) ? chosen : ((chosen.Threshold + observed[below]) / 2, chosen.Counts);
    }

    /// <summary>
    /// What a chosen threshold earns on points it was not chosen on: each span is cut in two halves, the threshold
    /// chosen on the early halves is scored on the late ones and the other way round, and the counts are added.
    /// With <paramref name="shared"/> one threshold is chosen for all spans together, otherwise one per span. The test
    /// points get thresholds chosen on earlier data, so this, not <see cref="Best(IReadOnlyList{ScoredSpan}, int)"/>'s
    /// in-sample F1, is the estimate to trust; the gap between the two is what choosing on the scored points flatters.
    /// </summary>
    public static F1Counts HeldOut(IReadOnlyList<ScoredSpan> spans, bool shared, int delay)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var groups = shared ? [spans] : spans.Select(s => (IReadOnlyList<ScoredSpan>)[s]).ToList();
        var total = default(F1Counts);
        foreach (var group in groups)
        {
            var early = group.Select(s => s.Half(late: false)).ToList();
            var late = group.Select(s => s.Half(late: true)).ToList();
            total += Evaluate(late, Best(early, delay).Threshold, delay) + Evaluate(early, Best(late, delay).Threshold, delay);
        }
        return total;
    }

    /// <summary>One series' <see cref="HeldOut(IReadOnlyList{ScoredSpan}, bool, int)"/>.</summary>
    public static F1Counts HeldOut(RegularSeries series, int from, int to, ReadOnlySpan<double> scores, int delay)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (scores.Length != to - from) throw new ArgumentException($"Expected {to - from} scores but got {scores.Length}.", nameof(scores));
        return HeldOut([new ScoredSpan(series, from, to, scores.ToArray())], shared: false, delay);
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

    private static F1Counts Evaluate(IReadOnlyList<ScoredSpan> spans, double threshold, int delay)
    {
        var total = default(F1Counts);
        foreach (var span in spans) total += Evaluate(span.Series, span.From, span.To, span.Scores.Span, threshold, delay);
        return total;
    }
}
