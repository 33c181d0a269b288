using System.Diagnostics;
using Kaggle.Autograd.Models.Donut;
using Kaggle.Core.Data;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>
/// <c>donut-epoch [--data ../shared/data/kpi-anomaly-detection/train.csv.gz] [--repeats 3] [--points 0] [--kpi prefix] [--epochs 1] [--stride 1] [--score 0]</c>: Donut epochs (W 120, 2 × 100 ReLU, latent 3,
/// batch 256, Adam, M-ELBO, injection 0.01, clipping 10; one thread) on the KPI with the most training rows, as
/// donut_epoch.py does in PyTorch. <c>--points</c> cuts the series (0 = all) for a quick check; <c>--kpi</c>, <c>--epochs</c> and <c>--stride</c>
/// train another KPI longer, printing each epoch's loss to standard error (to look at a KPI's training).
/// </summary>
internal sealed class DonutEpochVerb : IBenchVerb
{
    public string Name => "donut-epoch";

    public string Description => "Donut epochs on the largest KPI of kpi-anomaly-detection (as Autograd/donut_epoch.py)";

    public int Run(BenchArgs args)
    {
        // The shared data sit beside the main repository (../shared) or beside the work trees' folder (../../shared).
        const string Relative = "shared/data/kpi-anomaly-detection/train.csv.gz";
        var path = args.String("data", File.Exists("../" + Relative) ? "../" + Relative : "../../" + Relative);
        var repeats = args.Int("repeats", 3);
        var limit = args.Int("points", 0);
        var rows = SeriesRows.FromFrame(CsvReader.Read(path), Path.GetFileName(path), "KPI ID", "timestamp", "value", "label");
        var set = SeriesGrid.Build(rows);
        var kpi = args.String("kpi", "");
        var series = kpi.Length == 0 ? set.Series.MaxBy(s => s.TrainCount)! : set.Series.First(s => s.Id.StartsWith(kpi, StringComparison.Ordinal));
        var all = new bool[series.Length];
        Array.Fill(all, true);
        var values = SeriesScaler.Fit(series, all).Transform(series);
        var length = limit > 0 ? Math.Min(limit, series.Length) : series.Length;
        var donut = new DonutSeries(values[..length], series.Missing[..length], series.Labels[..length]);
        var settings = new Donut { Epochs = args.Int("epochs", 1), Stride = args.Int("stride", 1) };
        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r <= repeats; r++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            settings.Fit(donut, 0, length, e => Console.Error.WriteLine($"epoch {e.Epoch}/{e.Epochs} loss {e.Loss:F3} ({e.Seconds:F1} s)"));
            // The first epoch warms up the JIT and is not counted.
            if (r == 0) continue;
            times.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
        }
        // --score N: also time scoring the last N points (MCMC imputation and Monte-Carlo samples, as the pipeline does).
        var scored = args.Int("score", 0);
        double? scoreSeconds = null, scoreCpu = null;
        if (scored > 0)
        {
            var model = settings.Fit(donut, 0, length);
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            model.Score(donut, Math.Max(0, length - scored), length);
            scoreSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
            process.Refresh();
            scoreCpu = Math.Round((process.TotalProcessorTime - cpuStart).TotalSeconds, 3);
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "donut_epoch",
            ["kpi"] = series.Id,
            ["points"] = length,
            ["windows"] = length - settings.Window + 1,
            ["batch"] = settings.BatchSize,
            ["threads"] = 1,
            ["epoch_s"] = BenchJson.Stats(times),
            // CPU seconds of the whole process per epoch: on a shared machine, the work done whatever the wait.
            ["epoch_cpu_s"] = BenchJson.Stats(cpu),
            ["score_points"] = scored,
            ["score_s"] = scoreSeconds,
            ["score_cpu_s"] = scoreCpu,
        });
        return 0;
    }
}
