using System.Diagnostics;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>histogram</c>: times the gradient-histogram kernels alone on synthetic bins (the vectorised kernel against its
/// scalar reference, all rows in order and a scattered 1-in-k subset), in nanoseconds per row × feature. It is the
/// evidence for keeping the SIMD kernel. CPU-bound and single-threaded, so less sensitive to a busy machine.
/// </summary>
internal sealed class HistogramVerb : IBenchVerb
{
    public string Name => "histogram";

    public string Description => "histogram kernels: [--rows 1000000 --features 28 --stride 4 --repeats 5]";

    public int Run(BenchArgs args)
    {
        var rows = args.Int("rows", 1_000_000);
        var features = args.Int("features", 28);
        var stride = args.Int("stride", 4);
        var repeats = args.Int("repeats", 5);
        var random = new Random(1);
        var bins = new byte[rows * features];
        random.NextBytes(bins);
        var gradients = new double[2 * rows];
        for (var i = 0; i < gradients.Length; i++) gradients[i] = random.NextDouble();
        var scattered = Enumerable.Range(0, rows / stride).Select(i => (i * stride) + random.Next(stride)).ToArray();
        var ordered = new double[2 * scattered.Length];
        for (var i = 0; i < scattered.Length; i++)
        {
            ordered[2 * i] = gradients[2 * scattered[i]];
            ordered[(2 * i) + 1] = gradients[(2 * scattered[i]) + 1];
        }
        var histogram = new double[features * HistogramKernels.SlotsPerFeature * HistogramKernels.EntryWidth];
        var all = Enumerable.Range(0, features).ToArray();

        double Time(Action kernel, int cells)
        {
            var best = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                Array.Clear(histogram);
                var clock = Stopwatch.StartNew();
                kernel();
                best = Math.Min(best, clock.Elapsed.TotalNanoseconds / cells);
            }
            return Math.Round(best, 3);
        }

        var result = new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_histogram_kernels",
            ["rows"] = rows,
            ["features"] = features,
            ["scattered_rows"] = scattered.Length,
            ["ns_per_cell_sequential_simd"] = Time(() => HistogramKernels.Build(bins, features, default, rows, gradients, false, 0, features, histogram), rows * features),
            ["ns_per_cell_sequential_scalar"] = Time(() => HistogramKernels.BuildScalar(bins, features, default, rows, gradients, false, all, histogram), rows * features),
            ["ns_per_cell_scattered_simd"] = Time(() => HistogramKernels.Build(bins, features, scattered, scattered.Length, ordered, false, 0, features, histogram), scattered.Length * features),
            ["ns_per_cell_scattered_by_row_simd"] = Time(() => HistogramKernels.Build(bins, features, scattered, scattered.Length, gradients, true, 0, features, histogram), scattered.Length * features),
            ["ns_per_cell_scattered_scalar"] = Time(() => HistogramKernels.BuildScalar(bins, features, scattered, scattered.Length, ordered, false, all, histogram), scattered.Length * features),
        };
        BenchJson.Emit(result);
        return 0;
    }
}
