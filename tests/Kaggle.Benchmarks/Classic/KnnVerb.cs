using System.Diagnostics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>knn</c>: <see cref="KNearestNeighborsClassifier"/> (k = 5, Euclidean, brute force for 784 columns, a KD-tree
/// does not pay above ~16) answering <c>--queries</c> (10,000) digit rows against the first <c>--index-rows</c>
/// (32,000; the set has 42,000, not MNIST's 60,000) on raw pixels or <c>--pca 50</c> components; the counterpart of
/// <c>Anchors/bench_classic.py --model knn</c>. Times the search (predict), not the fit (a copy).
/// </summary>
internal sealed class KnnVerb : IBenchVerb
{
    public string Name => "knn";

    public string Description => "kNN on digits: [--train csv --index-rows 32000 --queries 10000 --pca 0 --k 5 --threads 2 --repeats 1]";

    public int Run(BenchArgs args)
    {
        var data = Digits.Load(args, 32_000, 10_000, 0);
        var learner = new KNearestNeighborsClassifier { K = args.Int("k", 5), Threads = args.Int("threads", 2), Algorithm = NeighborAlgorithm.Brute };
        var seconds = new List<double>();
        int[] labels = [];
        for (var r = 0; r < args.Int("repeats", 1); r++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            labels = learner.Fit(data.Train, data.TrainY).PredictLabels(data.Test);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_knn",
            ["params"] = learner.ToString(),
            ["index_shape"] = new[] { data.Train.RowCount, data.Train.ColumnCount },
            ["queries"] = data.Test.RowCount,
            ["source"] = data.Source,
            ["parse_seconds"] = Math.Round(data.ParseSeconds, 3),
            ["pca_seconds"] = Math.Round(data.PcaSeconds, 3),
            ["query_seconds"] = BenchJson.Stats(seconds),
            ["accuracy"] = Digits.Accuracy(data.TestY, labels),
        });
        return 0;
    }
}
