using Kaggle.Core.Models.Trees;
using Kaggle.Core.TimeSeries;
using Kaggle.Core.TimeSeries.Features;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// KPI anomaly detection with Donut and a GBDT over all KPIs, validated the way the test split is made.
/// <para><see cref="Validate"/>: for each KPI the first (1 − <see cref="ValidationFraction"/>) of its training points
/// fit the scaler, Donut and (pooled over KPIs) the GBDT; the last <see cref="ValidationFraction"/> is scored and
/// per-KPI thresholds for each detector are chosen there. Never random folds: every validation point lies after
/// every point fitted on. <see cref="Predict"/> refits everything on all training points (so the latest data is
/// used) and predicts the test points with the chosen detector and its per-KPI thresholds.</para>
/// </summary>
public sealed record KpiAnomalyPipeline
{
    public Models.Donut.Donut Donut { get; init; } = new() { Epochs = 10 };

    public AnomalyFeatures Features { get; init; } = new();

    public HistGradientBoostingClassifier Gbdt { get; init; } = new() { Rounds = 200, LearningRate = 0.05, MaxLeaves = 63, MinChildSamples = 50 };

    /// <summary>The share of each KPI's training points (the latest) held out for validation.</summary>
    public double ValidationFraction { get; init; } = 0.3;

    /// <summary>The share of normal points kept as GBDT training rows (weighted up by its inverse); anomalies are all kept.</summary>
    public double NormalSampleRate { get; init; } = 0.25;

    /// <summary>False skips Donut (its score feature is then NaN and the Donut detector never alarms).</summary>
    public bool UseDonut { get; init; } = true;

    public int Delay { get; init; } = 7;

    public int Seed { get; init; } = 42;

    /// <summary>Fits on the early part of each KPI's training span and scores the rest; see the type's remarks.</summary>
    public KpiValidation Validate(SeriesSet set, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var stage = new KpiStage(this, set, log);
        var fits = stage.Run(series => ValidationCut(series), series => LastTrainPoint(series) + 1, scoreTest: false);
        var probabilities = stage.GbdtScores(fits);
        var results = new List<KpiResult>();
        var donutSpans = new List<ScoredSpan>();
        var gbdtSpans = new List<ScoredSpan>();
        foreach (var fit in fits)
        {
            var series = set.Series[fit.Series];
            donutSpans.Add(new ScoredSpan(series, fit.Cut, fit.End, fit.DonutScores));
            gbdtSpans.Add(new ScoredSpan(series, fit.Cut, fit.End, probabilities[fit.Series]));
            var donut = ThresholdSearch.Best([donutSpans[^1]], Delay);
            var gbdt = ThresholdSearch.Best([gbdtSpans[^1]], Delay);
            results.Add(new KpiResult(series.Id, donut.Threshold, donut.Counts, gbdt.Threshold, gbdt.Counts)
            {
                DonutHeldOut = ThresholdSearch.HeldOut([donutSpans[^1]], shared: false, Delay),
                GbdtHeldOut = ThresholdSearch.HeldOut([gbdtSpans[^1]], shared: false, Delay),
            });
        }
        var choices = new List<DetectorChoice>();
        foreach (var (name, spans, perKpi, perKpiHeldOut) in new[]
        {
            ("gbdt", gbdtSpans, KpiValidation.Overall(results, r => r.Gbdt), KpiValidation.Overall(results, r => r.GbdtHeldOut)),
            ("donut", donutSpans, KpiValidation.Overall(results, r => r.Donut), KpiValidation.Overall(results, r => r.DonutHeldOut)),
        })
        {
            if (name == "donut" && !UseDonut) continue;
            choices.Add(new DetectorChoice(name, false, double.NaN, perKpiHeldOut, perKpi));
            var (threshold, counts) = ThresholdSearch.Best(spans, Delay);
            choices.Add(new DetectorChoice(name, true, threshold, ThresholdSearch.HeldOut(spans, shared: true, Delay).F1, counts.F1));
        }
        return new KpiValidation(results, stage.Notes, choices) { Timings = stage.Timings };
    }

    /// <summary>
    /// Refits on all training points and returns 0/1 for every test row of <paramref name="set"/> (its order), using
    /// <paramref name="validation"/>'s chosen detector and thresholds. A KPI without a validated threshold (only in the
    /// test rows) uses the median threshold of the others.
    /// </summary>
    public int[] Predict(SeriesSet set, KpiValidation validation, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(validation);
        var chosen = validation.Chosen;
        var useDonut = chosen.Detector == "donut";
        var scores = TestScores(set, useDonut, log);
        var thresholds = chosen.SharedThreshold
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : validation.Series.ToDictionary(r => r.Id, r => useDonut ? r.DonutThreshold : r.GbdtThreshold, StringComparer.Ordinal);
        var fallback = chosen.SharedThreshold ? chosen.Threshold : Median(thresholds.Values.Where(double.IsFinite).ToList());
        var predictions = new int[set.TestRows.Length];
        for (var row = 0; row < predictions.Length; row++)
        {
            var threshold = thresholds.GetValueOrDefault(set.Series[set.TestRows[row].Series].Id, fallback);
            predictions[row] = scores[row] >= threshold ? 1 : 0;
        }
        return predictions;
    }

    /// <summary>
    /// Refits on all training points and returns the score of every test row (Donut's score, or the GBDT's
    /// P(anomaly)); NaN for a row without one (before Donut's first window, or not after the training span).
    /// </summary>
    public double[] TestScores(SeriesSet set, bool donut, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var stage = new KpiStage(this, set, log);
        var fits = stage.Run(series => LastTrainPoint(series) + 1, series => series.Length, scoreTest: true);
        var scores = donut ? fits.ToDictionary(f => f.Series, f => f.DonutScores) : stage.GbdtScores(fits);
        var cutOf = fits.ToDictionary(f => f.Series, f => f.Cut);
        var result = new double[set.TestRows.Length];
        for (var row = 0; row < result.Length; row++)
        {
            var (s, point) = set.TestRows[row];
            var offset = point - cutOf[s];
            // A test row at or before the last training point (overlapping spans) gets no refit score.
            result[row] = offset >= 0 ? scores[s][offset] : double.NaN;
        }
        return result;
    }

    /// <summary>The grid point where validation starts: the first training point after the earliest (1 − fraction).</summary>
    internal int ValidationCut(RegularSeries series)
    {
        var keep = (int)Math.Ceiling(series.TrainCount * (1 - ValidationFraction));
        var seen = 0;
        for (var t = 0; t < series.Length; t++)
            if (series.Train[t] && ++seen > keep) return t;
        return LastTrainPoint(series) + 1;
    }

    internal static int LastTrainPoint(RegularSeries series) => Array.LastIndexOf(series.Train, true);

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return 0.5;
        values.Sort();
        return values[values.Count / 2];
    }
}
