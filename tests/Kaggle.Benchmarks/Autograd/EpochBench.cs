using System.Diagnostics;
using Kaggle.Autograd;
using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Optim;
using Kaggle.Autograd.Training;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>
/// The shared body of mlp-epoch and cnn-epoch, mirroring /work/shared/anchors/bench_torch.py: 60,000 random inputs
/// U[0, 1) with uniform labels 0..9, Adam at 1e-3, batch 128, reshuffled each epoch; one untimed warm-up epoch, then
/// --repeats timed epochs on the same model (training continues), then timed inference passes in batches of 1000.
/// </summary>
internal static class EpochBench
{
    public static int Run(BenchArgs args, string name, Shape sample, Func<int, Sequential> build, double trainFlopsPerSample, double forwardFlopsPerSample)
    {
        var rows = args.Int("n", 60_000);
        var batch = args.Int("batch", 128);
        var repeats = args.Int("repeats", 3);
        var threads = args.Int("threads", 2);
        var gemm = GemmChoice.Parse(args.String("gemm", "managed"));
        var timed = args.Switch("profile") ? new TimedGemm(gemm) : null;
        var random = new Random(0);
        var x = new float[rows * sample.Size];
        for (var i = 0; i < x.Length; i++) x[i] = (float)random.NextDouble();
        var labels = new int[rows];
        for (var i = 0; i < rows; i++) labels[i] = random.Next(10);
        var net = build(0);
        var adam = new Adam(net.Parameters(), 1e-3);
        var data = new TrainingData(x, sample, labels);
        using var scope = Engine.Use((IGemm?)timed ?? gemm, threads);

        var epoch = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        double Epoch()
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Trainer.Fit(net, adam, data, null, new TrainerOptions { Epochs = 1, BatchSize = batch, Seed = epoch++ });
            var seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
            return seconds;
        }
        Epoch();
        var gemmBefore = timed?.Elapsed ?? TimeSpan.Zero;
        cpu.Clear();
        var times = Enumerable.Range(0, repeats).Select(_ => Epoch()).ToList();
        var gemmSeconds = ((timed?.Elapsed ?? TimeSpan.Zero) - gemmBefore).TotalSeconds / repeats;
        var inference = Enumerable.Range(0, repeats).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            Trainer.Predict(net, x, sample, 1000);
            return watch.Elapsed.TotalSeconds;
        }).ToList();

        var median = times.Order().ElementAt(times.Count / 2);
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = name,
            ["gemm"] = gemm.Name,
            ["threads"] = threads,
            ["batch"] = batch,
            ["n"] = rows,
            ["params"] = net.Parameters().Sum(p => p.Size),
            ["steps_per_epoch"] = (rows + batch - 1) / batch,
            ["epoch_s"] = BenchJson.Stats(times),
            // CPU seconds of all threads per epoch: on a shared machine, the work done, whatever the wait.
            ["epoch_cpu_s"] = BenchJson.Stats(cpu),
            ["gflops"] = Math.Round(trainFlopsPerSample * rows / median / 1e9, 1),
            ["gemm_s_per_epoch"] = timed is null ? null : Math.Round(gemmSeconds, 3),
            ["infer_epoch_s_b1000"] = BenchJson.Stats(inference),
            ["infer_gflops"] = Math.Round(forwardFlopsPerSample * rows / inference.Min() / 1e9, 1),
        });
        return 0;
    }
}
