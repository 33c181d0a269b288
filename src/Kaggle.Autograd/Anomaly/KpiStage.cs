using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Kaggle.Autograd.Models.Donut;
using Kaggle.Core;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// One fit-and-score pass of a <see cref="KpiAnomalyPipeline"/> over every series: per series (in parallel, each
/// deterministic by its index) the scaler and Donut are fitted on [0, cut) and the feature rows built; then one GBDT
/// is fitted on the rows of all series and scores each series' range [cut, end).
/// </summary>
internal sealed class KpiStage(KpiAnomalyPipeline pipeline, SeriesSet set, Action<string>? log)
{
    private readonly List<string> _notes = [.. set.Notes];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Per series of the last <see cref="Run"/>, in its order: where the time went.</summary>
    public IReadOnlyList<KpiTiming> Timings { get; private set; } = [];

    public List<KpiFit> Run(Func<RegularSeries, int> cutOf, Func<RegularSeries, int> endOf, bool scoreTest)
    {
        var indices = Enumerable.Range(0, set.Series.Count).Where(i => scoreTest || set.Series[i].TrainCount > 0).ToArray();
        var fits = new KpiFit[indices.Length];
        var timings = new KpiTiming[indices.Length];
        var done = 0;
        // Longest series first, handed out one at a time: the last worker to finish then holds a short series, not
        // the longest (the results do not depend on the order: each series is seeded by its own index).
        var order = Enumerable.Range(0, indices.Length).OrderByDescending(k => set.Series[indices[k]].Length).ThenBy(k => k).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, k =>
        {
            var series = set.Series[indices[k]];
            (fits[k], timings[k]) = FitOne(indices[k], series, cutOf(series), endOf(series), scoreTest);
            Say(string.Create(CultureInfo.InvariantCulture,
                $"kpi {Interlocked.Increment(ref done)}/{indices.Length} {Short(series.Id)} ready: {timings[k].Points} points, Donut fit {timings[k].DonutFitSeconds:F1} s, score {timings[k].DonutScoreSeconds:F1} s, features {timings[k].FeatureSeconds:F1} s"));
        });
        Timings = timings;
        return [.. fits];
    }

    /// <summary>Fits the GBDT on all series' rows and returns each series' P(anomaly) per grid point of [cut, end) (NaN off the scored points).</summary>
    public Dictionary<int, double[]> GbdtScores(IReadOnlyList<KpiFit> fits)
    {
        var x = Stack(fits.Select(f => f.FitX).ToList());
        var y = fits.SelectMany(f => f.FitY).ToArray();
        var w = fits.SelectMany(f => f.FitWeights).ToArray();
        Say($"gbdt: fitting on {x.RowCount} rows × {x.ColumnCount} features from {fits.Count} KPIs");
        var clock = Stopwatch.StartNew();
        var model = (pipeline.Gbdt with { CategoricalFeatures = [x.ColumnCount - 1], Seed = pipeline.Seed }).Fit(x, y, w);
        Say(string.Create(CultureInfo.InvariantCulture, $"gbdt: fitted in {clock.Elapsed.TotalSeconds:F1} s"));
        var result = new Dictionary<int, double[]>();
        foreach (var fit in fits)
        {
            var scores = new double[fit.End - fit.Cut];
            Array.Fill(scores, double.NaN);
            if (fit.ScorePoints.Length > 0)
            {
                var p = model.PredictOutput(fit.ScoreX);
                for (var r = 0; r < fit.ScorePoints.Length; r++) scores[fit.ScorePoints[r] - fit.Cut] = p[r, 0];
            }
            result[fit.Series] = scores;
        }
        return result;
    }

    private (KpiFit Fit, KpiTiming Timing) FitOne(int index, RegularSeries series, int cut, int end, bool scoreTest)
    {
        var clock = Stopwatch.StartNew();
        double fitSeconds = 0, scoreSeconds = 0;
        var fitMask = new bool[series.Length];
        for (var t = 0; t < cut; t++) fitMask[t] = series.Train[t];
        var scaler = Scaler(series, fitMask);
        var values = scaler.Transform(series);
        var (samples, weights) = SampleRows(index, series, cut);
        var scored = Enumerable.Range(cut, end - cut).Where(t => scoreTest ? series.Test[t] : series.Train[t]).ToArray();
        var donutScore = new double[series.Length];
        Array.Fill(donutScore, double.NaN);
        if (pipeline.UseDonut && cut > pipeline.Donut.Window + pipeline.Donut.BatchSize)
        {
            var labels = new byte[series.Length];
            Array.Copy(series.Labels, labels, cut);
            var donutSeries = new DonutSeries(values, series.Missing, labels);
            var model = (pipeline.Donut with { Seed = (int)SplitMix64.Derive(pipeline.Seed, index) }).Fit(donutSeries, 0, cut,
                e => Say(string.Create(CultureInfo.InvariantCulture, $"kpi {Short(series.Id)} donut epoch {e.Epoch}/{e.Epochs} loss {e.Loss:F3} ({e.Seconds:F1} s)")));
            fitSeconds = clock.Elapsed.TotalSeconds;
            int[] points = [.. samples.Concat(scored).Order()];
            var scores = model.Score(donutSeries, points, pipeline.Seed);
            scoreSeconds = clock.Elapsed.TotalSeconds - fitSeconds;
            for (var k = 0; k < points.Length; k++) donutScore[points[k]] = scores[k];
        }
        else if (pipeline.UseDonut) Note($"series '{series.Id}': too few points before the cut ({cut}) to train Donut; its Donut score is missing");
        var fitY = samples.Select(t => (double)series.Labels[t]).ToArray();
        var code = series.TrainCount > 0 ? index : double.NaN;
        var rangeScores = donutScore.AsSpan(cut, end - cut).ToArray();
        var before = clock.Elapsed.TotalSeconds;
        var fit = new KpiFit(index, cut, end, rangeScores,
            WithCode(pipeline.Features.Compute(series, values, donutScore, samples), code), fitY, weights,
            WithCode(pipeline.Features.Compute(series, values, donutScore, scored), code), scored);
        return (fit, new KpiTiming(series.Id, series.Length, fitSeconds, scoreSeconds, clock.Elapsed.TotalSeconds - before, clock.Elapsed.TotalSeconds));
    }

    private SeriesScaler Scaler(RegularSeries series, bool[] fitMask)
    {
        if (fitMask.Any(m => m) && Enumerable.Range(0, series.Length).Any(t => fitMask[t] && !series.Missing[t] && series.Labels[t] == 0))
            return SeriesScaler.Fit(series, fitMask);
        Note($"series '{series.Id}' has no normal training value before its cut; it is standardised on all its own values (no labels used)");
        var all = new bool[series.Length];
        Array.Fill(all, true);
        return series.Missing.All(m => m) ? new SeriesScaler(0, 1) : SeriesScaler.Fit(series, all);
    }

    // GBDT rows: every anomalous training point before the cut, and a seeded share of the normal ones, weighted up.
    private (int[] Points, double[] Weights) SampleRows(int index, RegularSeries series, int cut)
    {
        var random = new SplitMix64(SplitMix64.Derive(pipeline.Seed + 1, index));
        var points = new List<int>();
        var weights = new List<double>();
        for (var t = 0; t < cut; t++)
        {
            if (!series.Train[t]) continue;
            var draw = random.NextDouble();
            if (series.Labels[t] == 1) { points.Add(t); weights.Add(1); }
            else if (draw < pipeline.NormalSampleRate) { points.Add(t); weights.Add(1 / pipeline.NormalSampleRate); }
        }
        return ([.. points], [.. weights]);
    }

    private static Matrix WithCode(Matrix x, double code)
    {
        var result = new Matrix(x.RowCount, x.ColumnCount + 1);
        for (var r = 0; r < x.RowCount; r++)
        {
            x.Row(r).CopyTo(result.Row(r));
            result[r, x.ColumnCount] = code;
        }
        return result;
    }

    private static Matrix Stack(List<Matrix> parts)
    {
        var result = new Matrix(parts.Sum(p => p.RowCount), parts[0].ColumnCount);
        var offset = 0;
        foreach (var part in parts)
        {
            part.Values.CopyTo(result.Values[offset..]);
            offset += part.Values.Length;
        }
        return result;
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;

    private void Note(string note)
    {
        lock (_lock) _notes.Add(note);
        Say(note);
    }

    private void Say(string message)
    {
        if (log is null) return;
        lock (_lock) log(message);
    }
}
