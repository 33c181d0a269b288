using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.LightGbm;

namespace Kaggle.Benchmarks.LightGbm;

/// <summary>
/// <c>lightgbm</c>: our <see cref="HistGradientBoostingClassifier"/> against the real LightGBM (<see cref="LightGbmClassifier"/>,
/// lib_lightgbm 4.7.0 through our binding) in one process, on the same parsed matrices, with the same settings: leaf-wise
/// trees of <c>--max-leaves</c> leaves, <c>--rounds</c> rounds, learning rate, <c>--max-bin</c> value bins,
/// min_data_in_leaf 20, min_sum_hessian 1e-3, no regularization, <c>--threads</c> threads. LightGBM runs with
/// <c>deterministic=true force_row_wise=true</c>, as our binding always does. Repeats alternate which learner goes
/// first, so machine load drifts hit both alike; the JSON has both time series, both AUCs and the min/median ratios
/// (ours / LightGBM, below 1 means we are faster). The data loading is the <c>gbdt</c> verb's (<c>--rows/--cols</c> too).
/// </summary>
internal sealed class LightGbmVerb : IBenchVerb
{
    public string Name => "lightgbm";

    public string Description =>
        "our GBDT vs LightGBM in one process: --train --test [--target label --max-leaves 255 --rounds 100 --learning-rate 0.1 " +
        "--max-bin 255 --threads 2 --repeats 3 --rows N --cols N]";

    public int Run(BenchArgs args)
    {
        var target = args.String("target", "label");
        var rows = args.Int("rows", 0);
        var cols = args.Int("cols", 0);
        var train = BenchData.Load(args.Required("train"), target, rows, cols);
        var test = BenchData.Load(args.Required("test"), target, rows, cols);
        var leaves = args.Int("max-leaves", 255);
        var rounds = args.Int("rounds", 100);
        var learningRate = args.Double("learning-rate", 0.1);
        var maxBin = args.Int("max-bin", 255);
        var threads = args.Int("threads", 2);
        var ours = new HistGradientBoostingClassifier
        {
            Rounds = rounds, LearningRate = learningRate, MaxLeaves = leaves, MaxBins = maxBin,
            MinChildSamples = 20, MinChildWeight = 1e-3, Threads = threads, Seed = 0,
        };
        var lightGbm = new LightGbmClassifier
        {
            Rounds = rounds, LearningRate = learningRate, MaxLeaves = leaves, MaxBins = maxBin,
            MinChildSamples = 20, MinChildWeight = 1e-3, Threads = threads, Seed = 0,
        };
        var repeats = args.Int("repeats", 3);
        var ourSeconds = new List<double>();
        var theirSeconds = new List<double>();
        double[] ourP = [], theirP = [];
        for (var r = 0; r < repeats; r++)
        {
            // Alternate the order so a change in machine load between the two fits does not favour one side.
            if (r % 2 == 0)
            {
                ourP = TimeOne(ours, train, test, ourSeconds);
                theirP = TimeOne(lightGbm, train, test, theirSeconds);
            }
            else
            {
                theirP = TimeOne(lightGbm, train, test, theirSeconds);
                ourP = TimeOne(ours, train, test, ourSeconds);
            }
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_gbdt_vs_lightgbm",
            ["ours"] = ours.ToString(),
            ["lightgbm"] = lightGbm.ToString(),
            ["omp_wait_policy"] = Environment.GetEnvironmentVariable("OMP_WAIT_POLICY"),
            ["train_shape"] = new[] { train.X.RowCount, train.X.ColumnCount },
            ["test_shape"] = new[] { test.X.RowCount, test.X.ColumnCount },
            ["parse_seconds"] = Math.Round(train.ParseSeconds + test.ParseSeconds, 3),
            ["ours_train_seconds"] = BenchJson.Stats(ourSeconds),
            ["lightgbm_train_seconds"] = BenchJson.Stats(theirSeconds),
            ["ratio_min"] = Math.Round(ourSeconds.Min() / theirSeconds.Min(), 3),
            ["ratio_median"] = Math.Round(Median(ourSeconds) / Median(theirSeconds), 3),
            ["ours_auc"] = Math.Round(BenchMetrics.Auc(test.Y, ourP), 5),
            ["lightgbm_auc"] = Math.Round(BenchMetrics.Auc(test.Y, theirP), 5),
        });
        return 0;
    }

    private static double[] TimeOne<TModel>(ILearner<TModel> learner, BenchData.Split train, BenchData.Split test, List<double> seconds)
        where TModel : class, IClassificationModel
    {
        var timing = BinaryFitTimer.Run(learner, train, test, repeats: 1);
        seconds.Add(timing.TrainSeconds[0]);
        (timing.Model as IDisposable)?.Dispose();
        return timing.PositiveProbabilities;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
