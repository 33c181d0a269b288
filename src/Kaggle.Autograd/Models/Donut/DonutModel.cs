using Kaggle.Core;

namespace Kaggle.Autograd.Models.Donut;

/// <summary>
/// A trained Donut. <c>Score</c> gives each point the negative Monte-Carlo reconstruction log-probability of
/// the last point of the window ending there (higher = more anomalous), after imputing the window's missing points by
/// MCMC: repeatedly encode, sample a reconstruction, and put its values in the missing places. Scoring reads the
/// network only, so a model may score from several threads; each call is deterministic for its seed.
/// </summary>
public sealed class DonutModel
{
    private const int WindowsPerBatch = 64;
    private const double HalfLogTwoPi = 0.91893853320467274;
    private readonly DonutNetwork _network;

    internal DonutModel(DonutNetwork network, Donut settings)
    {
        _network = network;
        Settings = settings;
    }

    /// <summary>The hyper-parameters it was trained with.</summary>
    public Donut Settings { get; }

    /// <summary>
    /// The anomaly score of points [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="series"/>, one
    /// per point; points before the first full window (t &lt; W − 1) get NaN. Labels are ignored.
    /// </summary>
    public double[] Score(DonutSeries series, int from, int to, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        return Score(series, Enumerable.Range(from, Math.Max(0, to - from)).ToArray(), seed);
    }

    /// <summary>The anomaly score of each of <paramref name="points"/> (any order); NaN for t &lt; W − 1.</summary>
    public double[] Score(DonutSeries series, ReadOnlySpan<int> points, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(series);
        var window = _network.Window;
        var scores = new double[points.Length];
        Array.Fill(scores, double.NaN);
        var valid = new List<int>(points.Length);
        for (var k = 0; k < points.Length; k++)
        {
            if ((uint)points[k] >= (uint)series.Length)
                throw new ArgumentOutOfRangeException(nameof(points), $"Point {points[k]} is outside the series of {series.Length} points.");
            if (points[k] >= window - 1) valid.Add(k);
        }
        using var noGrad = Engine.NoGrad();
        using var engine = Engine.Use(Donut.KernelGemm, threads: 1);
        var arena = new BufferArena();
        var destination = new double[WindowsPerBatch];
        for (var start = 0; start < valid.Count; start += WindowsPerBatch)
        {
            var count = Math.Min(WindowsPerBatch, valid.Count - start);
            var random = new SplitMix64(SplitMix64.Derive(seed, points[valid[start]]));
            using var scope = arena.Begin();
            var x = new float[count * window];
            var missing = new bool[count * window];
            for (var b = 0; b < count; b++)
                for (var w = 0; w < window; w++)
                {
                    var point = points[valid[start + b]] - window + 1 + w;
                    var k = (b * window) + w;
                    missing[k] = series.Missing[point];
                    x[k] = missing[k] ? 0 : series.Values[point];
                }
            Impute(x, missing, count, ref random);
            ReconstructionScores(x, count, ref random, destination);
            for (var b = 0; b < count; b++) scores[valid[start + b]] = destination[b];
        }
        return scores;
    }

    // MCMC imputation runs on the windows that have a missing point only, gathered into one smaller batch: on KPIs
    // with few gaps most windows are complete, and the ten encode-decode rounds are most of the scoring time.
    private void Impute(float[] x, bool[] missing, int count, ref SplitMix64 random)
    {
        var window = _network.Window;
        var rows = new List<int>(count);
        for (var b = 0; b < count; b++)
            if (missing.AsSpan(b * window, window).Contains(true)) rows.Add(b);
        if (rows.Count == 0) return;
        var batch = new float[rows.Count * window];
        for (var r = 0; r < rows.Count; r++) x.AsSpan(rows[r] * window, window).CopyTo(batch.AsSpan(r * window));
        // The batch positions of the missing points: only they are resampled, so only they draw noise.
        var holes = new List<int>();
        for (var r = 0; r < rows.Count; r++)
            for (var w = 0; w < window; w++)
                if (missing[(rows[r] * window) + w]) holes.Add((r * window) + w);
        var input = Tensor.FromArray(batch, new Shape(rows.Count, window));
        var xNoise = new float[holes.Count];
        for (var iteration = 0; iteration < Settings.McmcIterations; iteration++)
        {
            var (zMean, zStd) = _network.Encode(input);
            var noise = new float[zMean.Size];
            Tensor.FillStandardNormal(noise, ref random);
            // Only the missing positions' columns of the output heads are computed (a few of the W per window).
            var hidden = _network.Decoder.Forward(Tensor.Sample(zMean, zStd, noise));
            var width = hidden.Shape[1];
            Tensor.FillStandardNormal(xNoise, ref random);
            for (var h = 0; h < holes.Count; h++)
            {
                var k = holes[h];
                var (mean, std) = _network.Point(hidden.Data.AsSpan(k / window * width, width), k % window);
                batch[k] = (float)(mean + (std * xNoise[h]));
            }
        }
        for (var r = 0; r < rows.Count; r++) batch.AsSpan(r * window, window).CopyTo(x.AsSpan(rows[r] * window));
    }

    private void ReconstructionScores(float[] x, int count, ref SplitMix64 random, Span<double> destination)
    {
        int window = _network.Window, latent = _network.Latent, samples = Settings.ScoreSamples;
        var (zMean, zStd) = _network.Encode(Tensor.FromArray(x, new Shape(count, window)));
        // Each window's posterior is repeated once per sample, so one decoder pass scores all samples.
        var mean = new float[count * samples * latent];
        var std = new float[mean.Length];
        for (var b = 0; b < count; b++)
            for (var s = 0; s < samples; s++)
            {
                zMean.Data.AsSpan(b * latent, latent).CopyTo(mean.AsSpan(((b * samples) + s) * latent));
                zStd.Data.AsSpan(b * latent, latent).CopyTo(std.AsSpan(((b * samples) + s) * latent));
            }
        var noise = new float[mean.Length];
        Tensor.FillStandardNormal(noise, ref random);
        var shape = new Shape(count * samples, latent);
        var z = Tensor.Sample(Tensor.FromArray(mean, shape), Tensor.FromArray(std, shape), noise);
        // Only the window's last point is scored, so only its column of the output heads is computed.
        var hidden = _network.Decoder.Forward(z);
        for (var b = 0; b < count; b++)
        {
            var last = x[(b * window) + window - 1];
            var sum = 0.0;
            for (var s = 0; s < samples; s++)
            {
                var (pointMean, pointStd) = _network.LastPoint(hidden.Data.AsSpan(((b * samples) + s) * hidden.Shape[1], hidden.Shape[1]));
                var standard = (last - pointMean) / pointStd;
                sum += -HalfLogTwoPi - Math.Log(pointStd) - (0.5 * standard * standard);
            }
            destination[b] = -sum / samples;
        }
    }
}
