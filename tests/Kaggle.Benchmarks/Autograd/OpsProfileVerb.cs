using System.Diagnostics;
using Kaggle.Autograd;

namespace Kaggle.Benchmarks.Autograd;

/// <summary>
/// <c>autograd-ops [--batch 128] [--repeats 20]</c>: CPU milliseconds per forward and backward of each op on the CNN
/// benchmark's shapes, to see where an epoch goes besides the GEMMs.
/// </summary>
internal sealed class OpsProfileVerb : IBenchVerb
{
    public string Name => "autograd-ops";

    public string Description => "per-op forward/backward CPU milliseconds on the cnn-epoch shapes (diagnostic)";

    public int Run(BenchArgs args)
    {
        var n = args.Int("batch", 128);
        var repeats = args.Int("repeats", 20);
        using var scope = Engine.Use(GemmChoice.Parse(args.String("gemm", "managed")), args.Int("threads", 2));
        var random = new Random(0);
        Tensor Random(params int[] dims) => Tensor.FromArray(Enumerable.Range(0, new Shape(dims).Size).Select(_ => (float)random.NextDouble() - 0.5f).ToArray(), new Shape(dims), requiresGrad: true);
        var x = Random(n, 1, 28, 28).Detach();
        var w1 = Random(32, 1, 3, 3);
        var b1 = Random(32);
        var h1 = Random(n, 32, 26, 26);
        var p1 = Random(n, 32, 13, 13);
        var w2 = Random(64, 32, 3, 3);
        var b2 = Random(64);
        var f = Random(n, 1600);
        var wf = Random(1600, 128);
        var results = new Dictionary<string, object?>();
        using var process = Process.GetCurrentProcess();
        void Time(string name, Func<Tensor> op)
        {
            var arena = new BufferArena();
            double forward = 0, backward = 0;
            float[]? seed = null;
            // Warm-up runs first, so tiered compilation has promoted the kernels to optimised code before timing.
            var warmup = Stopwatch.StartNew();
            for (var r = -1; r < repeats; r++)
            {
                if (r == -1 && warmup.Elapsed.TotalSeconds < 1.5)
                {
                    using var warm = arena.Begin();
                    op().Backward(seed ??= new float[op().Size]);
                    r--;
                    continue;
                }
                using var step = arena.Begin();
                // Process CPU time, not wall time: on a shared machine it is what the op costs.
                var start = process.TotalProcessorTime;
                var y = op();
                process.Refresh();
                var mid = process.TotalProcessorTime;
                y.Backward(seed ??= new float[y.Size]);
                process.Refresh();
                var end = process.TotalProcessorTime;
                if (r < 0) continue;
                forward += (mid - start).TotalMilliseconds;
                backward += (end - mid).TotalMilliseconds;
            }
            results[name] = new[] { Math.Round(forward / repeats, 2), Math.Round(backward / repeats, 2) };
        }
        Time("conv1", () => x.Conv2d(w1, b1));
        Time("relu1", () => h1.Relu());
        Time("pool1", () => h1.MaxPool2d(2));
        Time("conv2", () => p1.Conv2d(w2, b2));
        Time("fc1", () => f.MatMul(wf));
        Time("bias", () => f + b2.Reshape(1, 64).Expand(new Shape(1, 64)).Reshape(64).Slice(0, 0, 64).Reshape(1, 64).Expand(new Shape(n, 64)).Reshape(n, 64).Sum(1).Reshape(n, 1));
        Time("cross_entropy", () => f.Slice(1, 0, 10).CrossEntropy(Enumerable.Range(0, n).Select(i => i % 10).ToArray()));
        results["bench"] = "autograd_ops_cpu_ms_forward_backward";
        BenchJson.Emit(results);
        return 0;
    }
}
