using System.Diagnostics;
using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Optim;
using Kaggle.Core;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Models.Donut;

/// <summary>
/// Donut (Xu et al., WWW 2018, https://arxiv.org/abs/1802.03903): a VAE over sliding windows of a seasonal KPI,
/// trained with the M-ELBO (missing and labelled-anomalous points left out of the reconstruction term and zeroed in
/// the input, the prior term scaled by the share of normal points) and missing-data injection; it scores a point by the Monte-Carlo
/// reconstruction probability of the last point of its window, after MCMC imputation of the window's missing points.
/// Defaults follow the paper: W = 120, 2 × 100 ReLU, latent 3, ε = 1e-4, Adam 1e-3 decayed ×0.75 every 10 epochs,
/// L2 1e-3, clipping at norm 10, batch 256, injection ratio 0.01, 10 MCMC iterations. Fewer epochs than the paper's
/// 256 and fewer score samples than its 1024 keep a 29-KPI run on two cores (set them higher when time allows).
/// Training is single-threaded per series and deterministic for a seed.
/// </summary>
public sealed record Donut
{
    public int Window { get; init; } = 120;

    public int Latent { get; init; } = 3;

    public IReadOnlyList<int> Hidden { get; init; } = [100, 100];

    public int Epochs { get; init; } = 20;

    public int BatchSize { get; init; } = 256;

    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The learning rate is multiplied by this every <see cref="DecayEvery"/> epochs.</summary>
    public double Decay { get; init; } = 0.75;

    public int DecayEvery { get; init; } = 10;

    /// <summary>The L2 penalty on the weights (Adam's coupled weight decay).</summary>
    public double L2 { get; init; } = 1e-3;

    public double ClipNorm { get; init; } = 10;

    /// <summary>The share of points turned into missing points in each training window (missing-data injection).</summary>
    public double InjectionRatio { get; init; } = 0.01;

    /// <summary>The ε added to softplus standard deviations.</summary>
    public float StdEpsilon { get; init; } = 1e-4f;

    /// <summary>Train on every Stride-th window (1 = all), to trade accuracy for time on long series.</summary>
    public int Stride { get; init; } = 1;

    public int McmcIterations { get; init; } = 10;

    /// <summary>The z samples averaged in the reconstruction probability.</summary>
    public int ScoreSamples { get; init; } = 16;

    public int Seed { get; init; } = 42;

    /// <summary>
    /// Trains on the windows ending in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="series"/>
    /// (values standardised on training points); <paramref name="onEpoch"/> receives progress after each epoch.
    /// </summary>
    public DonutModel Fit(DonutSeries series, int from, int to, Action<DonutEpoch>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        Validate();
        var ends = SlidingWindows.Ends(from, Math.Min(to, series.Length), Window, Stride);
        if (ends.Length == 0)
            throw new ArgumentException($"Donut needs at least {Window} points to train on; the series has {Math.Min(to, series.Length) - from} in range.", nameof(series));
        var network = new DonutNetwork(Window, Latent, [.. Hidden], StdEpsilon, SplitMix64.Derive(Seed, 0));
        var adam = new Adam(network.Parameters(), LearningRate, weightDecay: L2);
        var random = new SplitMix64(SplitMix64.Derive(Seed, 1));
        var arena = new BufferArena();
        using var engine = Engine.Use(KernelGemm, threads: 1);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(ends.AsSpan());
            double total = 0;
            for (var start = 0; start < ends.Length; start += BatchSize)
            {
                var batch = ends.AsSpan(start, Math.Min(BatchSize, ends.Length - start));
                using var scope = arena.Begin();
                var (x, alpha, beta) = TrainingBatch(series, batch, ref random);
                var noise = new float[batch.Length * Latent];
                Tensor.FillStandardNormal(noise, ref random);
                var loss = network.Loss(x, alpha, beta, noise);
                adam.ZeroGrad();
                loss.Backward();
                GradientClipping.ClipNorm(adam.Parameters, ClipNorm);
                adam.Step();
                total += loss.Item() * batch.Length;
            }
            if ((epoch + 1) % DecayEvery == 0) adam.LearningRate *= Decay;
            onEpoch?.Invoke(new DonutEpoch(epoch + 1, Epochs, total / ends.Length, adam.LearningRate, clock.Elapsed.TotalSeconds));
        }
        network.Eval();
        return new DonutModel(network, this);
    }

    // Donut's products are small (at most 256 × 240 by 100): the managed kernel on one thread does an epoch in about
    // two thirds of OpenBLAS's CPU time (docs/benchmarks.md) and never starts a pool, so series train in parallel
    // without oversubscribing the cores.
    internal static IGemm KernelGemm => ManagedGemm.Instance;

    private void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Window, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(Latent, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ScoreSamples, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(McmcIterations);
        if (Hidden.Count == 0 || Hidden.Any(h => h < 1)) throw new ArgumentException("Donut.Hidden needs at least one positive layer width.", nameof(Hidden));
        if (InjectionRatio is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(InjectionRatio), InjectionRatio, "The injection ratio must be in [0, 1).");
    }

    // x: the windows with missing and labelled-anomalous points zeroed; α: 1 for observed normal points (injected
    // points become missing); β: the share of such points per window, which scales the prior term.
    // Labelled anomalies are zeroed in the input too, not only left out of the reconstruction term: on KPI 9c639a46
    // (and its twin 43115f2a) anomalies 45σ out pushed the encoder's z far from the prior, where the decoder's mean
    // was off by 20σ while its σ sat at ε, and batch losses reached 10⁸ (the epoch mean 2·10⁶) instead of ~100.
    private (Tensor X, Tensor Alpha, Tensor Beta) TrainingBatch(DonutSeries series, ReadOnlySpan<int> ends, ref SplitMix64 random)
    {
        var x = new float[ends.Length * Window];
        var alpha = new float[ends.Length * Window];
        var beta = new float[ends.Length];
        for (var b = 0; b < ends.Length; b++)
        {
            var first = ends[b] - Window + 1;
            var normal = 0;
            for (var w = 0; w < Window; w++)
            {
                var point = first + w;
                var excluded = series.Missing[point] || series.Labels[point] == 1 || (InjectionRatio > 0 && random.NextDouble() < InjectionRatio);
                var k = (b * Window) + w;
                x[k] = excluded ? 0 : series.Values[point];
                if (excluded) continue;
                alpha[k] = 1;
                normal++;
            }
            beta[b] = (float)normal / Window;
        }
        return (Tensor.FromArray(x, new Shape(ends.Length, Window)), Tensor.FromArray(alpha, new Shape(ends.Length, Window)),
            Tensor.FromArray(beta, new Shape(ends.Length, 1)));
    }
}
