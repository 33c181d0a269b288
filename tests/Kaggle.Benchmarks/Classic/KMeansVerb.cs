using System.Diagnostics;
using Kaggle.Core.Models.Clustering;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>kmeans</c>: <see cref="KMeans"/> with k = 10, one k-means++ run, on the digit-recognizer pixels (42,000 × 784;
/// MNIST's 60,000 are not on this machine); fit time, inertia and iterations. The counterpart of
/// <c>Anchors/bench_classic.py --model kmeans</c> (scikit-learn's Elkan, or <c>--algorithm lloyd</c>).
/// </summary>
internal sealed class KMeansVerb : IBenchVerb
{
    public string Name => "kmeans";

    public string Description => "k-means on digits: [--train csv --rows 42000 --clusters 10 --restarts 1 --threads 2 --repeats 1]";

    public int Run(BenchArgs args)
    {
        var data = BenchData.Load(args.String("train", Digits.DefaultPath), "label", args.Int("rows", 0));
        var learner = new KMeans { Clusters = args.Int("clusters", 10), Restarts = args.Int("restarts", 1), Threads = args.Int("threads", 2) };
        var seconds = new List<double>();
        KMeansModel? model = null;
        for (var r = 0; r < args.Int("repeats", 1); r++)
        {
            model = null;
            GC.Collect();
            var clock = Stopwatch.StartNew();
            model = learner.Fit(data.X);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_kmeans",
            ["params"] = learner.ToString(),
            ["shape"] = new[] { data.X.RowCount, data.X.ColumnCount },
            ["source"] = data.Source,
            ["parse_seconds"] = Math.Round(data.ParseSeconds, 3),
            ["fit_seconds"] = BenchJson.Stats(seconds),
            ["inertia"] = Math.Round(model!.Inertia, 1),
            ["iterations"] = model.Iterations,
        });
        return 0;
    }
}
