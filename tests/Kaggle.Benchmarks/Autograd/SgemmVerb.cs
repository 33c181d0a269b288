using System.Diagnostics;
using Kaggle.Autograd;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>
/// <c>sgemm --n 1024 [--m M --k K] [--gemm managed|openblas] [--threads 2] [--repeats 5]</c>: C = A·B in float32,
/// printing seconds per multiply and GFLOPS (2·m·n·k / seconds), comparable with the anchor bench_matmul.py.
/// </summary>
internal sealed class SgemmVerb : IBenchVerb
{
    public string Name => "sgemm";

    public string Description => "float32 matrix multiply GFLOPS (--n 1024 [--m --k] --gemm managed|openblas --threads 2)";

    public int Run(BenchArgs args)
    {
        var n = args.Int("n", 1024);
        var m = args.Int("m", n);
        var k = args.Int("k", n);
        var repeats = args.Int("repeats", 5);
        var threads = args.Int("threads", 2);
        var gemm = GemmChoice.Parse(args.String("gemm", "default"));
        var transposeA = args.Switch("ta");
        var transposeB = args.Switch("tb");
        var random = new Random(0);
        var a = Enumerable.Range(0, m * k).Select(_ => (float)random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => (float)random.NextDouble()).ToArray();
        var c = new float[m * n];
        int lda = transposeA ? m : k, ldb = transposeB ? k : n;
        using var scope = Engine.Use(gemm, threads);

        // Warm up for 2 s: until tiered compilation has promoted the kernels, timings measure the JIT, not the kernel.
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 2)
            gemm.Multiply(transposeA, transposeB, m, n, k, 1, a, lda, b, ldb, 0, c, n);
        var times = new List<double>();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var multiplies = 0L;
        for (var r = 0; r < repeats; r++)
        {
            // Small products repeat inside one timing so the clock resolution does not dominate.
            var inner = Math.Max(1, (int)(2e9 / (2.0 * m * n * k)));
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < inner; i++)
                gemm.Multiply(transposeA, transposeB, m, n, k, 1, a, lda, b, ldb, 0, c, n);
            multiplies += inner;
            times.Add(watch.Elapsed.TotalSeconds / inner);
        }

        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var sorted = times.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        var flops = 2.0 * m * n * k;
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "sgemm",
            ["gemm"] = gemm.Name,
            ["m"] = m,
            ["n"] = n,
            ["k"] = k,
            ["threads"] = threads,
            ["seconds_median"] = median,
            ["seconds_min"] = sorted[0],
            ["gflops_median"] = Math.Round(flops / median / 1e9, 1),
            ["gflops_best"] = Math.Round(flops / times.Min() / 1e9, 1),
            // Per CPU-second (all threads): on a shared machine, what the kernel achieves when it runs.
            ["gflops_per_cpu_second"] = Math.Round(flops * multiplies / cpuSeconds / 1e9, 1),
        });
        return 0;
    }
}
